using PerfBot.Council;
using PerfBot.Questions;
using PerfBot.Store;
using PerfBot.Store.Import;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Questions;

/// <summary>
/// The question index of one instance notices an import made by another (its own connections to the same store), by the
/// store-version poll, on either engine.
/// </summary>
public abstract class StoreChangeTests(StoreEngine engine) : IDisposable
{
    public sealed class OnSqlite() : StoreChangeTests(StoreEngine.Sqlite);

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres() : StoreChangeTests(StoreEngine.Postgres);

    private readonly TempStore _store = TempStore.WithDemoData(engine);

    [Fact]
    public void An_import_by_another_instance_is_answered_once_the_check_interval_has_passed()
    {
        var clock = new FakeTimeProvider(DemoStore.Today);
        var service = new QuestionService(_store.Database, new CouncilClock(clock), TimeSpan.FromSeconds(30));
        var before = service.Index.Version;
        using var otherInstance = new Database(_store.Database.Address);
        var file = _store.WriteFile("gritting.csv", "indicator,committee,period,value\nWinter gritting routes completed,People and Health Scrutiny Committee,Oct-25,97\n");

        MeasureImporter.Import(otherInstance, file);
        service.Ask("winter gritting routes completed");
        Assert.Equal(before, service.Index.Version);
        clock.Advance(TimeSpan.FromSeconds(31));
        service.Ask("winter gritting routes completed");

        Assert.NotEqual(before, service.Index.Version);
        Assert.Contains(service.Index.Catalogue.Indicators, i => i.Name == "Winter gritting routes completed");
    }

    public void Dispose() => _store.Dispose();
}
