using System.Diagnostics;
using Npgsql;
using PerfBot.Store;

namespace PerfBot.Bench;

/// <summary>
/// PostgreSQL only: the raw lookup issued by many callers at once, asynchronously, with Npgsql's multiplexing off and
/// on. Multiplexing pipelines the commands of many callers over a few connections, and works only through the
/// asynchronous API; PerfBot's reads are synchronous, so this says what making them asynchronous would buy.
/// </summary>
public static class MultiplexingBenchmark
{
    public sealed record Result(bool Multiplexing, int Concurrency, double LookupsPerSecond, Measure.Latency Latency);

    public static async Task<IReadOnlyList<Result>> RunAsync(Database store, int samples, int concurrency)
    {
        List<long> ids;
        using (var connection = store.Open())
            ids = Dapper.SqlMapper.Query<long>(connection, "SELECT id FROM indicators").ToList();
        var results = new List<Result>();
        foreach (var multiplexing in new[] { false, true })
        {
            var builder = new NpgsqlConnectionStringBuilder(store.ConnectionString) { Multiplexing = multiplexing, MaxAutoPrepare = 8, AutoPrepareMinUsages = 1 };
            await using var source = NpgsqlDataSource.Create(builder.ConnectionString);
            await LookupsAsync(source, ids, samples, concurrency, seed: 11); // warm: connections opened, statements prepared
            var watch = Stopwatch.StartNew();
            var times = await LookupsAsync(source, ids, samples, concurrency, seed: 13);
            results.Add(new Result(multiplexing, concurrency, Math.Round(samples / watch.Elapsed.TotalSeconds), Measure.Latencies(times)));
        }
        return results;
    }

    private static async Task<List<double>> LookupsAsync(NpgsqlDataSource source, List<long> ids, int samples, int concurrency, int seed)
    {
        var random = new Random(seed);
        var chosen = Enumerable.Range(0, samples).Select(_ => ids[random.Next(ids.Count)]).ToArray();
        var times = new double[samples];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < samples)
            {
                var started = Stopwatch.GetTimestamp();
                await using var command = source.CreateCommand("SELECT period, value, target FROM measurements WHERE indicator_id = $1 ORDER BY period_end DESC LIMIT 1");
                command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = chosen[i] });
                await using (var reader = await command.ExecuteReaderAsync())
                    if (await reader.ReadAsync()) { reader.GetString(0); reader.GetDouble(1); }
                times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        return times.ToList();
    }
}
