using PerfBot.Tests.Support;
using System.Text;
using PerfBot.Indicators;
using PerfBot.Store;
using PerfBot.Store.Import;

namespace PerfBot.Tests.Store;

/// <summary>Files as councils really export them, imported into each engine's store.</summary>
public abstract class ImportFormatTests(StoreEngine engine) : IDisposable
{
    private readonly TempStore _store = TempStore.Empty(engine, "People and Health Scrutiny Committee");

    public sealed class OnSqlite() : ImportFormatTests(StoreEngine.Sqlite);

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres() : ImportFormatTests(StoreEngine.Postgres);

    public void Dispose() => _store.Dispose();

    private Measurement Only(string name)
    {
        var repository = new IndicatorRepository(_store.Database);
        var indicator = Assert.Single(repository.Indicators(), i => i.Name == name);
        return Assert.Single(repository.Measurements(indicator.Id));
    }

    [Fact]
    public void Utf8_with_bom_crlf_and_quoted_commentary_with_commas_quotes_and_line_breaks()
    {
        var text = "Indicator,Period,Value,Target,Commentary,Committee\r\n" +
                   "Children’s centre visits,Q2 2025/26,\"4,469\",\"4,000\",\"Up on last year, as expected.\r\nThe \"\"Family Hub\"\" opened in July.\",People and Health Scrutiny Committee\r\n";
        MeasureImporter.Import(_store.Database, _store.WriteFile("bom.csv", text, new UTF8Encoding(true)));

        var m = Only("Children’s centre visits");
        Assert.Equal(4469, m.Value);
        Assert.Equal(4000, m.Target);
        Assert.Equal(Period.Parse("Q2 2025/26"), m.Period);
        Assert.Equal("Up on last year, as expected.\nThe \"Family Hub\" opened in July.", m.Commentary);
    }

    [Fact]
    public void Windows_1252_as_excel_saves_plain_csv()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = "indicator,period,value,commentary\r\nPercentage of children’s plans reviewed,Sep-25,45.22%,Café opening – “better” than £5 forecast\r\n";
        MeasureImporter.Import(_store.Database, _store.WriteFile("excel.csv", text, Encoding.GetEncoding(1252)));

        var m = Only("Percentage of children’s plans reviewed");
        Assert.Equal(45.22, m.Value);
        Assert.Equal("Café opening – “better” than £5 forecast", m.Commentary);
    }

    [Fact]
    public void Xlsx_with_numbers_percent_formatted_cells_and_a_month_typed_as_a_date()
    {
        var path = Path.Combine(_store.Folder, "export.xlsx");
        XlsxWriter.Write(path,
        [
            ["Indicator", "Period", "Value", "Target", "RAG", "Direction", "Polarity"],
            ["Percentage of looked after children placed outside the council area", "Q2 2025/26", new XlsxWriter.Percent(0.4522), new XlsxWriter.Percent(0.30), "RED", "Worsening", "lower"],
            ["Total number of service users", new DateTime(2020, 10, 1), 4469d, null, "Red", "Worsening", "lower"],
        ]);
        var summary = MeasureImporter.Import(_store.Database, path);

        Assert.Equal(2, summary.IndicatorsCreated);
        var lac = Only("Percentage of looked after children placed outside the council area");
        Assert.Equal(45.22, lac.Value!.Value, 6);
        Assert.Equal(30, lac.Target!.Value, 6);
        Assert.Equal(Rag.Red, lac.ReportedRag);
        Assert.Equal(Direction.Worsening, lac.ReportedDirection);
        var users = Only("Total number of service users");
        Assert.Equal(4469, users.Value);
        Assert.Equal(Period.Parse("Oct-20"), users.Period);
    }

    [Fact]
    public void Reimporting_the_same_file_changes_nothing()
    {
        var path = _store.WriteFile("twice.csv", "indicator,period,value,target,rag,benchmark_england\nFoster carers,Oct-20,206,215,Amber,210\nFoster carers,Sep-20,204,215,Amber,\n");
        var first = MeasureImporter.Import(_store.Database, path);
        var dump = _store.Dump();
        var second = MeasureImporter.Import(_store.Database, path);

        Assert.Equal(2, first.MeasurementsAdded);
        Assert.Equal(0, second.MeasurementsAdded);
        Assert.Equal(0, second.MeasurementsChanged);
        Assert.Equal(2, second.MeasurementsUnchanged);
        Assert.Equal(dump, _store.Dump());
    }

    [Fact]
    public void A_corrected_figure_updates_the_measurement_and_columns_not_in_the_file_are_kept()
    {
        MeasureImporter.Import(_store.Database, _store.WriteFile("first.csv", "indicator,period,value,target,commentary\nFoster carers,Oct-20,206,215,Recruitment drive under way\n"));
        var summary = MeasureImporter.Import(_store.Database, _store.WriteFile("fix.csv", "indicator,period,value\nfoster  CARERS,Oct-20,207\n"));

        Assert.Equal(1, summary.MeasurementsChanged);
        var m = Only("Foster carers");
        Assert.Equal(207, m.Value);
        Assert.Equal(215, m.Target);
        Assert.Equal("Recruitment drive under way", m.Commentary);
    }

    [Fact]
    public void A_hundred_thousand_rows_import()
    {
        var text = new StringBuilder("indicator,service_area,frequency,polarity,period,value,target\n");
        var start = Period.Parse("Apr-17");
        for (var i = 0; i < 1000; i++)
            for (var p = 0; p < 100; p++)
                text.Append("Synthetic indicator ").Append(i).Append(",Area ").Append(i % 7).Append(",monthly,higher,")
                    .Append(start.Shift(p).Label).Append(',').Append(i + p).Append(",50\n");
        var summary = MeasureImporter.Import(_store.Database, _store.WriteFile("big.csv", text.ToString()));

        Assert.Equal(100_000, summary.MeasurementsAdded);
        Assert.Equal(1000, summary.IndicatorsCreated);
    }
}
