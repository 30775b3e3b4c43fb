using Dapper;
using PerfBot.Store;
using PerfBot.Store.Import;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Store;

/// <summary>
/// When each indicator's earliest period ends, as the question index reads it (first_periods), must be what its whole
/// history says: after a first import, an earlier period added, a correction, and an upgrade of a store that held
/// figures before the table existed, on either engine.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class FirstPeriodsTests
{
    private const string Figures = """
        indicator,committee,unit,polarity,period,value,target
        Missed bin collections,People and Health Scrutiny Committee,collections,Lower is better,Sep-24,120,100
        Missed bin collections,People and Health Scrutiny Committee,collections,Lower is better,Q2 2025/26,310,300
        Adults in work after a care leaver placement,People and Health Scrutiny Committee,%,Higher is better,2024/25,45,50
        """;

    private const string Earlier = """
        indicator,period,value
        Missed bin collections,Mar-23,90
        Adults in work after a care leaver placement,2024/25,47
        """;

    [Theory, MemberData(nameof(StoreEngines.Both), MemberType = typeof(StoreEngines))]
    public void Each_import_keeps_the_earliest_period_end_its_history_holds(StoreEngine engine)
    {
        using var store = TempStore.WithDemoData(engine);
        MeasureImporter.Import(store.Database, store.WriteFile("figures.csv", Figures));
        Assert.Equal(FromHistory(store), Kept(store));
        Assert.Equal("2024-09-30", Kept(store)["Missed bin collections"]);

        MeasureImporter.Import(store.Database, store.WriteFile("earlier.csv", Earlier));

        Assert.Equal(FromHistory(store), Kept(store));
        Assert.Equal(("2023-03-31", "2025-03-31"), (Kept(store)["Missed bin collections"], Kept(store)["Adults in work after a care leaver placement"]));
    }

    [Theory, MemberData(nameof(StoreEngines.Both), MemberType = typeof(StoreEngines))]
    public void A_store_that_held_figures_before_the_table_existed_gets_them_from_its_migration(StoreEngine engine)
    {
        using var store = TempStore.WithDemoData(engine);
        MeasureImporter.Import(store.Database, store.WriteFile("figures.csv", Figures));
        using (var connection = store.Database.Open())
        {
            connection.Execute("DROP TABLE first_periods");
            connection.Execute(Migrator.For(engine).Single(m => m.Name == "first_periods").Sql);
        }

        Assert.Equal(FromHistory(store), Kept(store));
    }

    private static Dictionary<string, string> Kept(TempStore store)
    {
        using var connection = store.Database.Open();
        return connection.Query<(string Name, string End)>("SELECT i.name, f.period_end FROM first_periods f JOIN indicators i ON i.id = f.indicator_id")
            .ToDictionary(r => r.Name, r => r.End);
    }

    private static Dictionary<string, string> FromHistory(TempStore store)
    {
        using var connection = store.Database.Open();
        return connection.Query<(string Name, string End)>("SELECT i.name, min(m.period_end) FROM measurements m JOIN indicators i ON i.id = m.indicator_id GROUP BY i.name")
            .ToDictionary(r => r.Name, r => r.End);
    }
}
