using Dapper;
using Microsoft.Extensions.Logging;
using PerfBot.Council;
using PerfBot.Questions;
using PerfBot.Store;
using PerfBot.Store.Import;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Questions;

/// <summary>The index snapshot is built once, and again only when the store or the council's date has changed.</summary>
public sealed class QuestionIndexHolderTests : IDisposable
{
    private readonly TempStore _store = TempStore.Empty("People and Health Scrutiny Committee");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 10, 20, 9, 0, 0, TimeSpan.Zero));

    public QuestionIndexHolderTests() => Import("Number of foster carers");

    private void Import(string name) => MeasureImporter.Import(_store.Database, _store.WriteFile($"{Guid.NewGuid():N}.csv",
        $"indicator,service_area,unit,frequency,polarity,period,value,source\n{name},Children's Services,number,monthly,higher,Sep-25,100,test\n"));

    private QuestionIndexHolder Holder(TimeSpan checkEvery) => new(_store.Database, new IndicatorRepository(_store.Database), new CouncilClock(_time), checkEvery);

    [Fact]
    public void The_same_snapshot_answers_until_the_store_changes()
    {
        var holder = Holder(TimeSpan.Zero);
        var first = holder.Current();

        Assert.Same(first, holder.Current());
        Import("Number of adoptions");
        var rebuilt = holder.Current();

        Assert.NotSame(first, rebuilt);
        Assert.Equal(2, rebuilt.Entries.Count);
        Assert.Same(rebuilt, holder.Current());
    }

    [Fact]
    public void The_store_is_looked_at_no_more_often_than_asked()
    {
        var holder = Holder(TimeSpan.FromSeconds(30));
        var first = holder.Current();
        Import("Number of adoptions");

        Assert.Same(first, holder.Current());
        _time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(2, holder.Current().Entries.Count);
    }

    [Fact]
    public void A_new_day_in_the_council_builds_a_new_snapshot_at_once()
    {
        var holder = Holder(TimeSpan.FromHours(1));
        var first = holder.Current();

        // 09:00 UTC is 10:00 in London: fourteen hours later it is tomorrow there.
        _time.Advance(TimeSpan.FromHours(14));
        var next = holder.Current();

        Assert.Equal(first.AsOf.AddDays(1), next.AsOf);
        Assert.Same(next, holder.Current());
    }

    [Fact]
    public async Task When_many_questions_notice_a_change_at_once_they_all_get_the_one_new_snapshot()
    {
        var holder = Holder(TimeSpan.Zero);
        var first = holder.Current();
        Import("Number of adoptions");

        // One thread each, released together: several find the store changed while the first of them rebuilds.
        using var start = new Barrier(8);
        var seen = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            return holder.Current();
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));

        Assert.NotSame(first, seen[0]);
        Assert.All(seen, s => Assert.Same(seen[0], s));
    }

    [Fact]
    public async Task A_change_heard_while_the_store_cannot_be_read_is_logged_and_questions_keep_the_snapshot_held()
    {
        var logs = new RecordingLoggerProvider();
        using var factory = LoggerFactory.Create(logging => logging.AddProvider(logs));
        var changes = new StoreChanges();
        using var holder = new QuestionIndexHolder(_store.Database, new IndicatorRepository(_store.Database), new CouncilClock(_time),
            TimeSpan.FromHours(1), changes, factory.CreateLogger<QuestionIndexHolder>());
        var held = holder.Current();
        using (var connection = _store.Database.Open()) connection.Execute("DROP TABLE store_version");

        // Heard on the listener's thread and rebuilt on the thread pool, where an exception would end the process.
        changes.Notify();

        Assert.NotNull(await logs.WaitForAsync("The question index could not be rebuilt", TimeSpan.FromSeconds(30)));
        Assert.Same(held, holder.Current());
    }

    public void Dispose() => _store.Dispose();
}
