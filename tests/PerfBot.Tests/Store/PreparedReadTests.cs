using System.Data;
using Dapper;
using PerfBot.Store;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Store;

/// <summary>
/// The answer's read runs on connections kept open with its command prepared: it must still see every later write,
/// give each of many concurrent callers its own rows, and never keep a connection whose read failed.
/// </summary>
public sealed class PreparedReadTests
{
    [Theory, MemberData(nameof(StoreEngines.Both), MemberType = typeof(StoreEngines))]
    public void An_answer_read_again_after_a_figure_changed_shows_the_new_figure(StoreEngine engine)
    {
        using var store = TempStore.WithDemoData(engine);
        var indicators = new IndicatorRepository(store.Database);
        var indicator = indicators.Indicators().First(i => indicators.HistoryAndBenchmarks(i.Id).History.Count > 0);
        var latest = indicators.HistoryAndBenchmarks(indicator.Id).History[^1];

        using (var other = store.Database.Open())
            other.Execute("UPDATE measurements SET value = 12345.5 WHERE indicator_id = @id AND period = @period", new { id = indicator.Id, period = latest.Period.Label });

        var again = indicators.HistoryAndBenchmarks(indicator.Id).History.Single(m => m.Period == latest.Period);
        Assert.NotEqual(12345.5, latest.Value);
        Assert.Equal(12345.5, again.Value);
    }

    [Theory, MemberData(nameof(StoreEngines.Both), MemberType = typeof(StoreEngines))]
    public void Reads_run_at_once_each_get_the_rows_of_the_values_they_bound(StoreEngine engine)
    {
        using var store = TempStore.WithDemoData(engine);
        List<(long Id, string Code)> held;
        using (var connection = store.Database.Open())
            held = connection.Query<(long, string)>("SELECT id, code FROM indicators ORDER BY id").ToList();
        var read = store.Database.Prepared("SELECT code FROM indicators WHERE id = @id", ("@id", DbType.Int64));

        var wrong = 0;
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 16 }, n =>
        {
            var (id, code) = held[n % held.Count];
            var found = read.Run([id], reader => reader.Read() ? reader.GetString(0) : null);
            if (found != code) Interlocked.Increment(ref wrong);
        });

        Assert.True(held.Count > 1, "the demo store holds several indicators");
        Assert.Equal(0, wrong);
    }

    [Theory, MemberData(nameof(StoreEngines.Both), MemberType = typeof(StoreEngines))]
    public void A_read_that_failed_leaves_the_next_reads_working(StoreEngine engine)
    {
        using var store = TempStore.WithDemoData(engine);
        var read = store.Database.Prepared("SELECT count(*) FROM indicators WHERE id > @id", ("@id", DbType.Int64));

        var failed = Assert.Throws<InvalidOperationException>(() => read.Run<long>([0L], reader =>
        {
            reader.Read();
            throw new InvalidOperationException("the caller failed part way through its rows");
        }));
        var counts = Enumerable.Range(0, 3).Select(_ => read.Run([0L], reader => reader.Read() ? Convert.ToInt64(reader.GetValue(0)) : -1)).ToList();

        Assert.Contains("part way", failed.Message);
        Assert.All(counts, count => Assert.True(count > 0, $"counted {count} indicators"));
    }

    [Fact]
    public void Values_are_given_for_every_parameter_named()
    {
        using var store = TempStore.WithDemoData();
        var read = store.Database.Prepared("SELECT code FROM indicators WHERE id = @id", ("@id", DbType.Int64));

        var refused = Assert.Throws<ArgumentException>(() => read.Run([], reader => reader.Read()));

        Assert.Contains("takes 1 value(s), for @id; 0 given", refused.Message);
    }
}
