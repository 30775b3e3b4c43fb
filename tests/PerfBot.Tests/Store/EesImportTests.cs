using Dapper;
using PerfBot.Indicators;
using PerfBot.Store;
using PerfBot.Store.Import;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Store;

/// <summary>Benchmarks from a DfE Explore Education Statistics file (the sample in Store/Ees), on each engine.</summary>
public abstract class EesImportTests(StoreEngine engine) : IDisposable
{
    private readonly TempStore _store = TempStore.WithDemoData(engine);
    private static readonly string Sample = TestPaths.RepoRoot + "/tests/PerfBot.Tests/Store/Ees/ehc-plans-sample.csv";
    private static readonly string Mapping = TestPaths.RepoRoot + "/tests/PerfBot.Tests/Store/Ees/ehc-plans-mapping.csv";
    private static readonly EesSettings Dorset = new("E06000059", ["Wiltshire", "893", "E06000052", "Devon"]);
    private static readonly ImportProvenance Officer = new(ImportProvenance.Cli, "cli:officer", "officer", new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));

    public sealed class OnSqlite() : EesImportTests(StoreEngine.Sqlite);

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres() : EesImportTests(StoreEngine.Postgres);

    public void Dispose() => _store.Dispose();

    private List<(string Period, string Kind, double Value, string Source)> Benchmarks()
    {
        using var connection = _store.Database.Open();
        return connection.Query<(string, string, double, string)>("""
            SELECT b.period, b.kind, b.value, b.source FROM benchmarks b JOIN indicators i ON i.id = b.indicator_id
            WHERE i.code = 'ehcp-issued-20-weeks' ORDER BY b.period, b.kind
            """).ToList();
    }

    [Fact]
    public void England_the_councils_region_and_the_mean_of_its_neighbours_become_benchmarks_of_the_files_years()
    {
        var result = EesImporter.Run(_store.Database, Sample, Mapping, Dorset, Officer, dryRun: false);

        Assert.Empty(result.Problems);
        Assert.True(result.Committed);
        var stored = Benchmarks();
        Assert.Equal([("2023", "england", 50.3), ("2023", "neighbours", 47.2), ("2023", "region", 38.1),
                      ("2024", "england", 46.4), ("2024", "neighbours", 37.15), ("2024", "region", 35.2)],
            stored.Select(b => (b.Period, b.Kind, Math.Round(b.Value, 4))));
        Assert.Contains("mean of 3 of 4 statistical neighbours", stored.Single(b => b is { Period: "2023", Kind: "neighbours" }).Source);
        Assert.Contains("ehc-plans-sample.csv", stored[0].Source);
        // Devon's 2023 figure is suppressed ("c"): the mean is of the other three, and the officer is told.
        Assert.Contains(result.Notes, n => n.Contains("2023: 1 of the 4 statistical neighbours have no figure", StringComparison.Ordinal));
        var ehcp = new IndicatorRepository(_store.Database).ByCode("ehcp-issued-20-weeks")!;
        Assert.Contains(new IndicatorRepository(_store.Database).Benchmarks(ehcp.Id), b => b is { Kind: BenchmarkKind.England, Value: 46.4 } && b.Period == Period.CalendarYear(2024));
    }

    [Fact]
    public void A_dry_run_lists_the_benchmarks_and_writes_nothing()
    {
        var before = _store.Dump();

        var result = EesImporter.Run(_store.Database, Sample, Mapping, Dorset, Officer, dryRun: true);

        Assert.Equal(6, result.Benchmarks.Count);
        Assert.False(result.Committed);
        Assert.Equal(before, _store.Dump());
    }

    [Fact]
    public void A_cell_that_is_neither_a_figure_nor_a_suppression_code_stops_the_import_and_is_located()
    {
        var bad = _store.WriteFile("bad.csv", File.ReadAllText(Sample).Replace("2024,Calendar year,National,E92000001,England,,,,,,Including exceptions,46.4", "2024,Calendar year,National,E92000001,England,,,,,,Including exceptions,n/a"));
        var before = _store.Dump();

        var result = EesImporter.Run(_store.Database, bad, Mapping, Dorset, Officer, dryRun: false);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((19, 11, "ehcp_issued_20wk_pct", "n/a"), (problem.Row, problem.Column, problem.Field, problem.Value));
        Assert.Equal(before, _store.Dump());
    }

    [Fact]
    public void A_mapping_without_the_filter_a_breakdown_needs_is_told_to_add_one()
    {
        var unfiltered = _store.WriteFile("mapping.csv", "indicator,column\nehcp-issued-20-weeks,ehcp_issued_20wk_pct\n");

        var result = EesImporter.Run(_store.Database, Sample, unfiltered, Dorset, Officer, dryRun: false);

        Assert.Contains(result.Problems, p => p.Message.Contains("both give England's ehcp_issued_20wk_pct for 2023; add a filter to the mapping (row 2)", StringComparison.Ordinal));
        Assert.Empty(Benchmarks());
    }

    [Fact]
    public void A_mapping_naming_an_unknown_indicator_or_column_is_refused_with_its_row()
    {
        var wrong = _store.WriteFile("mapping.csv", "indicator,column\nno-such-indicator,ehcp_issued_20wk_pct\nehcp-issued-20-weeks,ehcp_pct\n");

        var result = EesImporter.Run(_store.Database, Sample, wrong, Dorset, Officer, dryRun: false);

        Assert.Equal([("mapping.csv", 2, "no-such-indicator"), ("mapping.csv", 3, "ehcp_pct")], result.Problems.Select(p => (p.File, p.Row!.Value, p.Value!)));
    }
}

public sealed class EesTimeTests
{
    [Theory]
    [InlineData("2024", "Calendar year", "2024")]
    [InlineData("2024", "Reporting year", "2024")]
    [InlineData("202425", "Academic year", "AY 2024/25")]
    [InlineData("202425", "Financial year", "2024/25")]
    [InlineData("202425", "Financial year Q2", "Q2 2024/25")]
    [InlineData("2025", "March", "Mar-25")]
    public void Time_period_and_identifier_become_a_period(string timePeriod, string identifier, string label)
    {
        Assert.True(EesTime.TryPeriod(timePeriod, identifier, out var period));
        Assert.Equal(label, period.Label);
    }

    [Theory]
    [InlineData("202426", "Academic year")]
    [InlineData("2024", "Academic year")]
    [InlineData("2024", "Week 12")]
    [InlineData("24", "Calendar year")]
    public void Times_that_do_not_name_one_period_are_refused(string timePeriod, string identifier) =>
        Assert.False(EesTime.TryPeriod(timePeriod, identifier, out _));
}
