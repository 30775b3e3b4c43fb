using System.Diagnostics;
using PerfBot.Store;
using PerfBot.Store.Import;

namespace PerfBot.Bench;

/// <summary>
/// How soon instances sharing a PostgreSQL store answer from an import another process made: one instance hears the
/// import's NOTIFY, the other only polls the store's version every <see cref="PollEvery"/>. Each is asked about the new
/// indicator every <see cref="AskEvery"/> from the moment the import commits until its answer has the figure.
/// </summary>
public static class RefreshBenchmark
{
    public static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan AskEvery = TimeSpan.FromMilliseconds(50);

    /// <param name="HeardMs">From the import's commit to the listening instance's first answer with the new figure.</param>
    /// <param name="PolledMs">The same for the instance that polls every <paramref name="PollIntervalMs"/>.</param>
    public sealed record Result(double HeardMs, double PolledMs, double PollIntervalMs);

    public static async Task<Result> RunAsync(Database store, IReadOnlyList<BenchServe> serves, BenchConnector connector)
    {
        var csv = Path.Combine(Path.GetTempPath(), $"perfbot-refresh-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv, "indicator,period,value,source\nBenchmark refresh probe,Sep-25,4242,SYNTHETIC benchmark data\n");
        try
        {
            MeasureImporter.Import(store, csv);
            var committed = Stopwatch.StartNew();
            var delays = await Task.WhenAll(serves.Take(2).Select((serve, n) => AnsweredAfterAsync(serve, connector, n, committed)));
            return new Result(Math.Round(delays[0]), Math.Round(delays[1]), PollEvery.TotalMilliseconds);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    private static async Task<double> AnsweredAfterAsync(BenchServe serve, BenchConnector connector, int instance, Stopwatch committed)
    {
        for (var attempt = 0; committed.Elapsed < PollEvery * 4; attempt++)
        {
            var (_, body) = await EndToEndBenchmark.AskAsync(serve, connector, $"refresh-{instance}-{attempt}", instance, "how is benchmark refresh probe?");
            if (body.Contains("4,242", StringComparison.Ordinal) || body.Contains("4242", StringComparison.Ordinal)) return committed.Elapsed.TotalMilliseconds;
            await Task.Delay(AskEvery);
        }
        throw new TimeoutException($"Instance {instance + 1} did not answer from the import within {PollEvery * 4}.");
    }
}
