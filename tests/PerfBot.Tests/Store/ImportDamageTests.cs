using System.Text;
using PerfBot.Store;
using PerfBot.Store.Import;

namespace PerfBot.Tests.Store;

/// <summary>
/// Damaged files as they really arrive — a quote never closed, one byte in another encoding, invisible characters in a
/// name, binary data deep in the file, a cell far too long to echo — are refused with where the damage is, or read
/// as the text a person sees; a refusal leaves every stored byte as it was.
/// </summary>
public class ImportDamageTests : IDisposable
{
    private static readonly System.Globalization.CultureInfo English = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
    private readonly TempStore _store = TempStore.WithDemoData();

    public void Dispose() => _store.Dispose();


    private ImportRefusedException RefusedMeasures(string path) => _store.Refuses(path, p => MeasureImporter.Import(_store.Database, p));

    private IReadOnlyList<PerfBot.Indicators.Indicator> Named(string name) =>
        new IndicatorRepository(_store.Database).Indicators().Where(i => Names.Key(i.Name) == Names.Key(name)).ToList();

    [Fact]
    public void A_quote_never_closed_is_refused_at_the_row_where_it_opens()
    {
        var refused = RefusedMeasures(_store.WriteFile("quote.csv",
            "indicator,period,value,commentary\nFoster carers,Oct-20,206,\"Recruitment drive\nFoster carers,Nov-20,207,On track\nFoster carers,Dec-20,208,On track\n"));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(2, problem.Row);
        Assert.Contains("quote", problem.Message);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_cell_is_refused_with_its_row()
    {
        var refused = RefusedMeasures(_store.WriteFile("stray.csv", "indicator,period,value\nFoster carers,Oct-20,206\nFoster \"carers,Nov-20,207\n"));

        Assert.Equal(3, Assert.Single(refused.Problems).Row);
    }

    [Fact]
    public void One_windows_1252_byte_in_a_utf8_file_is_refused_with_its_row_and_byte()
    {
        var utf8 = Encoding.UTF8.GetBytes("indicator,period,value,commentary\nChildren’s centre visits,Oct-20,206,Up\nChildren’s centre visits,Nov-20,207,Cost ");
        var bytes = utf8.Concat(new byte[] { 0xA3 }).Concat(Encoding.UTF8.GetBytes("5 per visit\n")).ToArray();

        var refused = RefusedMeasures(_store.WriteBytes("mixed.csv", bytes));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(3, problem.Row);
        Assert.Contains($"byte {utf8.Length.ToString("N0", English)}", problem.Message);
        Assert.Contains("UTF-8", problem.Message);
        Assert.Empty(Named("Childrenâ€™s centre visits"));
    }

    [Fact]
    public void A_byte_windows_1252_does_not_define_is_refused()
    {
        var bytes = Encoding.ASCII.GetBytes("indicator,period,value\nFoster carers,Oct-20,206\nFoster carers").Concat(new byte[] { 0x81 }).Concat(Encoding.ASCII.GetBytes(",Nov-20,207\n")).ToArray();

        Assert.Equal(3, Assert.Single(RefusedMeasures(_store.WriteBytes("undefined.csv", bytes)).Problems).Row);
    }

    [Fact]
    public void A_nul_past_the_first_8_kb_is_refused_with_where_it_is()
    {
        var text = new StringBuilder("indicator,period,value,commentary\n");
        for (var i = 0; i < 300; i++) text.Append("Foster carers,").Append(PerfBot.Indicators.Period.Parse("Apr-00").Shift(i).Label).Append(",206,Steady\n");
        var head = Encoding.UTF8.GetBytes(text.ToString());
        Assert.True(head.Length > 8192);
        var bytes = head.Concat(Encoding.UTF8.GetBytes("Foster carers,Jan-22,207,Bad")).Append((byte)0).Concat(Encoding.UTF8.GetBytes("data\n")).ToArray();

        var problem = Assert.Single(RefusedMeasures(_store.WriteBytes("nul.csv", bytes)).Problems);

        Assert.Equal(302, problem.Row);
        Assert.Contains($"byte {(head.Length + 28).ToString("N0", English)}", problem.Message);
    }

    [Fact]
    public void A_bad_cell_is_echoed_in_at_most_80_characters_and_its_control_characters_are_shown_not_sent()
    {
        var refused = RefusedMeasures(_store.WriteFile("long.csv", $"indicator,period,value\nFoster carers,Oct-20,\"\u001B[2J{new string('9', 5000)}x\"\n"));

        var line = refused.Message.Split('\n').Single(l => l.Contains("long.csv: row 2"));
        Assert.True(line.Length < 250, line);
        Assert.DoesNotContain('\u001B', refused.Message);
        Assert.Contains("…", line);
    }
}
