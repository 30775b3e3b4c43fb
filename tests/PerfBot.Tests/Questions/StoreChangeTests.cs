using Microsoft.Extensions.Logging.Abstractions;
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
    public sealed class OnPostgres() : StoreChangeTests(StoreEngine.Postgres)
    {
        [Fact]
        public async Task An_import_by_another_instance_is_heard_and_taken_in_without_waiting_for_the_interval()
        {
            var changes = new StoreChanges();
            using var listener = new StoreChangeListener(Store.Database, changes, NullLogger<StoreChangeListener>.Instance);
            await listener.StartAsync(CancellationToken.None);
            await listener.Listening.WaitAsync(TimeSpan.FromSeconds(30));
            var service = new QuestionService(Store.Database, new CouncilClock(new FakeTimeProvider(DemoStore.Today)), TimeSpan.FromHours(1), changes);
            var before = service.Index.Version;
            using var otherInstance = new Database(Store.Database.Address);

            MeasureImporter.Import(otherInstance, Gritting());
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (service.Index.Version == before && DateTime.UtcNow < deadline) await Task.Delay(20);

            Assert.NotEqual(before, service.Index.Version);
            Assert.Contains("Winter gritting routes completed", AnswerText.Render(service.Ask("winter gritting routes completed")));
            await listener.StopAsync(CancellationToken.None);
        }
    }

    private protected TempStore Store { get; } = TempStore.WithDemoData(engine);

    private protected string Gritting() =>
        Store.WriteFile("gritting.csv", "indicator,committee,period,value\nWinter gritting routes completed,People and Health Scrutiny Committee,Oct-25,97\n");

    [Fact]
    public void An_import_by_another_instance_is_answered_once_the_check_interval_has_passed()
    {
        var clock = new FakeTimeProvider(DemoStore.Today);
        var service = new QuestionService(Store.Database, new CouncilClock(clock), TimeSpan.FromSeconds(30));
        var before = service.Index.Version;
        using var otherInstance = new Database(Store.Database.Address);
        var file = Gritting();

        MeasureImporter.Import(otherInstance, file);
        service.Ask("winter gritting routes completed");
        Assert.Equal(before, service.Index.Version);
        clock.Advance(TimeSpan.FromSeconds(31));
        service.Ask("winter gritting routes completed");

        Assert.NotEqual(before, service.Index.Version);
        Assert.Contains(service.Index.Catalogue.Indicators, i => i.Name == "Winter gritting routes completed");
    }

    public void Dispose() => Store.Dispose();
}
