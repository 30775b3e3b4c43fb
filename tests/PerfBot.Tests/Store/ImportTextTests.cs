using PerfBot.Store;
using PerfBot.Store.Import;

namespace PerfBot.Tests.Store;

/// <summary>
/// Text is stored as a person sees it: composed Unicode, no invisible format characters (so an invisible second
/// indicator cannot appear), no control characters, and one kind of line break in commentary and actions.
/// </summary>
public class ImportTextTests : IDisposable
{
    private readonly TempStore _store = TempStore.WithDemoData();

    public void Dispose() => _store.Dispose();

    private IReadOnlyList<PerfBot.Indicators.Indicator> Named(string name) =>
        new IndicatorRepository(_store.Database).Indicators().Where(i => Names.Key(i.Name) == Names.Key(name)).ToList();

    [Theory]
    [InlineData("\uFEFFFoster carers")]
    [InlineData("Foster\u200B carers")]
    [InlineData("Foster\u200Bcarers\u200D")]
    [InlineData("Foster\u00A0\u00A0carers")]
    [InlineData("Foster \t carers")]
    [InlineData("\u202EFoster carers")]
    [InlineData("Foster carers\u0007")]
    public void Invisible_characters_in_a_name_do_not_make_another_indicator(string spelling)
    {
        var summary = MeasureImporter.Import(_store.Database, _store.WriteFile("invisible.csv", $"indicator,period,value\nFoster carers,Oct-20,206\n{spelling},Nov-20,207\n"));

        Assert.Equal(1, summary.IndicatorsCreated);
        var indicator = Assert.Single(Named("Foster carers"));
        Assert.Equal("Foster carers", indicator.Name);
    }

    [Fact]
    public void A_name_in_decomposed_unicode_is_the_same_indicator_as_its_composed_spelling()
    {
        var summary = MeasureImporter.Import(_store.Database, _store.WriteFile("nfc.csv", "indicator,period,value\nCafe\u0301 visits,Oct-20,206\nCaf\u00E9 visits,Nov-20,207\n"));

        Assert.Equal(1, summary.IndicatorsCreated);
        Assert.Equal("Caf\u00E9 visits", Assert.Single(Named("Caf\u00E9 visits")).Name);
    }

    [Fact]
    public void Control_characters_are_never_stored_and_line_breaks_and_tabs_in_commentary_are_kept_as_one_kind()
    {
        MeasureImporter.Import(_store.Database, _store.WriteFile("controls.csv",
            "indicator,period,value,commentary,actions,unit\nFoster carers,Oct-20,206,\"First\vsecond\r\nthird\rfourth\u0085fifth\u2028sixth\u0007\u001B[31m\tend\",\"Act\u000Cnow\",\"per\u0001 10,000\"\n"));

        var measurement = Assert.Single(new IndicatorRepository(_store.Database).Measurements(Assert.Single(Named("Foster carers")).Id));
        Assert.Equal("First\nsecond\nthird\nfourth\nfifth\nsixth[31m\tend", measurement.Commentary);
        Assert.Equal("Act\nnow", measurement.Actions);
        Assert.Equal("per 10,000", Assert.Single(Named("Foster carers")).Unit);
        Assert.DoesNotContain(_store.Dump(), c => char.IsControl(c) && c is not ('\n' or '\t' or '\r'));
    }
}
