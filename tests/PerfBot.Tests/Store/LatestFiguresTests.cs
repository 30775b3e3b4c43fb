using Dapper;
using PerfBot.Indicators;
using PerfBot.Store;
using PerfBot.Store.Import;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Store;

/// <summary>
/// The statuses digests and the question index read come from the figures each import keeps for them (latest_figures),
/// and must always be what the indicator's whole history says: after a first import, a correction, a new period and an
/// upgrade of a store that held figures before the table existed, on either engine.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class LatestFiguresTests
{
    private static readonly DateOnly Today = new(2026, 1, 5);

    // A rate with months, quarters and the same quarter a year before (a quarter's previous value can be a month's);
    // a count whose quarter and month ending the same day are never compared; a yearly measure.
    private const string Figures = """
        indicator,committee,unit,polarity,period,value,target
        Share of planning applications decided in time,People and Health Scrutiny Committee,%,Higher is better,Q2 2024/25,81,85
        Share of planning applications decided in time,People and Health Scrutiny Committee,%,Higher is better,Jun-25,79,85
        Share of planning applications decided in time,People and Health Scrutiny Committee,%,Higher is better,Aug-25,83,85
        Share of planning applications decided in time,People and Health Scrutiny Committee,%,Higher is better,Sep-25,84,85
        Share of planning applications decided in time,People and Health Scrutiny Committee,%,Higher is better,Q1 2025/26,80,85
        Share of planning applications decided in time,People and Health Scrutiny Committee,%,Higher is better,Q2 2025/26,82,85
        Missed bin collections,People and Health Scrutiny Committee,collections,Lower is better,Sep-24,120,100
        Missed bin collections,People and Health Scrutiny Committee,collections,Lower is better,Aug-25,95,100
        Missed bin collections,People and Health Scrutiny Committee,collections,Lower is better,Sep-25,130,100
        Missed bin collections,People and Health Scrutiny Committee,collections,Lower is better,Q2 2025/26,310,300
        Adults in work after a care leaver placement,People and Health Scrutiny Committee,%,Higher is better,2023/24,40,50
        Adults in work after a care leaver placement,People and Health Scrutiny Committee,%,Higher is better,2024/25,45,50
        """;

    private const string Corrected = """
        indicator,period,value
        Missed bin collections,Q2 2025/26,290
        Share of planning applications decided in time,Oct-25,86
        """;

    [Theory, MemberData(nameof(StoreEngines.Both), MemberType = typeof(StoreEngines))]
    public void Statuses_read_from_the_kept_figures_are_those_of_the_whole_history_after_each_import(StoreEngine engine)
    {
        using var store = TempStore.WithDemoData(engine);
        MeasureImporter.Import(store.Database, store.WriteFile("figures.csv", Figures));
        Assert.Equal(FromHistory(store, Today), Described(Kept(store, Today)));

        MeasureImporter.Import(store.Database, store.WriteFile("corrected.csv", Corrected));

        var statuses = Kept(store, Today);
        Assert.Equal(FromHistory(store, Today), Described(statuses));
        var share = statuses.Single(s => s.Indicator.Name.StartsWith("Share of planning"));
        Assert.Equal(("Oct-25", 86.0, 84.0), (share.Measurement!.Period.Label, share.Measurement.Value, share.Previous!.Value));
    }

    [Theory, MemberData(nameof(StoreEngines.Both), MemberType = typeof(StoreEngines))]
    public void A_correction_replaces_the_kept_figure_in_the_same_transaction(StoreEngine engine)
    {
        using var store = TempStore.WithDemoData(engine);
        MeasureImporter.Import(store.Database, store.WriteFile("figures.csv", Figures));

        MeasureImporter.Import(store.Database, store.WriteFile("corrected.csv", Corrected));

        using var connection = store.Database.Open();
        var kept = connection.Query<(string Period, double Value)>("""
            SELECT f.period, f.value FROM latest_figures f JOIN indicators i ON i.id = f.indicator_id
            WHERE i.name = 'Missed bin collections' ORDER BY f.period_end, f.period
            """).ToList();
        // Its latest month's, the month before's and last year's, and the quarter ending with it, as corrected.
        Assert.Equal([("Sep-24", 120.0), ("Aug-25", 95.0), ("Q2 2025/26", 290.0), ("Sep-25", 130.0)], kept);
    }

    [Theory, MemberData(nameof(StoreEngines.Both), MemberType = typeof(StoreEngines))]
    public void A_status_as_of_a_date_before_the_kept_figures_comes_from_the_history_before_it(StoreEngine engine)
    {
        using var store = TempStore.WithDemoData(engine);
        MeasureImporter.Import(store.Database, store.WriteFile("figures.csv", Figures));
        var earlier = new DateOnly(2025, 9, 15);

        var statuses = Kept(store, earlier);

        Assert.Equal(FromHistory(store, earlier), Described(statuses));
        Assert.Equal("Aug-25", statuses.Single(s => s.Indicator.Name == "Missed bin collections").Measurement!.Period.Label);
    }

    [Theory, MemberData(nameof(StoreEngines.Both), MemberType = typeof(StoreEngines))]
    public void A_store_that_held_figures_before_the_table_existed_gets_them_from_its_migration(StoreEngine engine)
    {
        using var store = TempStore.WithDemoData(engine);
        MeasureImporter.Import(store.Database, store.WriteFile("figures.csv", Figures));
        using (var connection = store.Database.Open())
        {
            connection.Execute("DROP TABLE latest_figures");
            connection.Execute(Migrator.For(engine).Single(m => m.Name == "latest_figures").Sql);
        }

        Assert.Equal(FromHistory(store, Today), Described(Kept(store, Today)));
    }

    [Theory, MemberData(nameof(StoreEngines.Both), MemberType = typeof(StoreEngines))]
    public void A_committees_statuses_read_with_its_indicators_in_one_query_are_those_of_their_whole_histories(StoreEngine engine)
    {
        using var store = TempStore.WithDemoData(engine);
        MeasureImporter.Import(store.Database, store.WriteFile("figures.csv", Figures));
        MeasureImporter.Import(store.Database, store.WriteFile("corrected.csv", Corrected));
        var repository = new IndicatorRepository(store.Database);
        var committee = new PerfBot.Committees.CommitteeRepository(store.Database).Committees().Single(c => c.Name == "People and Health Scrutiny Committee");

        foreach (var asOf in new[] { Today, new DateOnly(2025, 9, 15) })
        {
            var statuses = repository.StatusesOfCommittee(committee.Id, asOf);
            var history = repository.Indicators(committee.Id).Select(i => StatusAssessor.Assess(i, repository.Measurements(i.Id), null, asOf)).ToList();
            Assert.Equal(Described(history).Order(StringComparer.Ordinal), Described(statuses).Order(StringComparer.Ordinal));
            // Every field as read with its aliases and committees, which a digest does not show and this read leaves out.
            string[] none = [];
            Assert.Equal(history.Select(s => s.Indicator with { Aliases = none, Committees = none }).OrderBy(i => i.Id),
                statuses.Select(s => s.Indicator with { Aliases = none, Committees = none }).OrderBy(i => i.Id));
            Assert.All(statuses, s => Assert.Empty(s.Indicator.Aliases));
        }
    }

    private static IReadOnlyList<IndicatorStatus> Kept(TempStore store, DateOnly asOf)
    {
        var repository = new IndicatorRepository(store.Database);
        return repository.StatusesOf(repository.Indicators(), asOf);
    }

    private static List<string> FromHistory(TempStore store, DateOnly asOf)
    {
        var repository = new IndicatorRepository(store.Database);
        return Described(repository.Indicators().Select(i => StatusAssessor.Assess(i, repository.Measurements(i.Id), null, asOf)).ToList());
    }

    private static List<string> Described(IReadOnlyList<IndicatorStatus> statuses) => statuses.Select(s =>
        $"{s.Indicator.Code}|{Figure(s.Measurement)}|{Figure(s.Previous)}|{Figure(s.LastYear)}|{s.Rag}|{s.Direction}|{s.LatestPeriod?.Label}|{s.PeriodsBehind}|{s.IsStale}")
        .ToList();

    private static string Figure(Measurement? m) => m is null ? "-" : $"{m.Period.Label}={m.Value}/{m.Target}/{m.ReportedRag}/{m.Source}";
}
