using System.CommandLine;
using PerfBot.Bench;
using PerfBot.Store;
using PerfBot.Store.Import;

namespace PerfBot.Cli;

public static class BenchCommand
{
    public static Command Build()
    {
        var indicators = new Option<int>("--indicators") { Description = "Synthetic indicators.", DefaultValueFactory = _ => 10_000 };
        var periods = new Option<int>("--periods") { Description = "Monthly periods per indicator.", DefaultValueFactory = _ => 120 };
        var samples = new Option<int>("--samples") { Description = "Timed samples per latency figure.", DefaultValueFactory = _ => 5_000 };
        var json = new Option<bool>("--json") { Description = "Write the figures as JSON." };
        var command = new Command("bench", "Measure PerfBot on a synthetic council store, with the baselines measured in the same run.") { indicators, periods, samples, json };
        command.SetAction(async (parseResult, _) =>
        {
            var report = await Run(parseResult.GetValue(indicators), parseResult.GetValue(periods), parseResult.GetValue(samples), Console.Error);
            Console.WriteLine(parseResult.GetValue(json) ? CliJson.Write(report, indented: true) : Describe(report));
            return 0;
        });
        return command;
    }

    public static async Task<BenchReport> Run(int indicators, int periods, int samples, TextWriter progress)
    {
        var folder = Directory.CreateTempSubdirectory("perfbot-bench-");
        try
        {
            var council = new SyntheticCouncil(indicators, periods);
            progress.WriteLine($"Generating a synthetic council: {indicators} indicators × {periods} periods …");
            var csv = Path.Combine(folder.FullName, "synthetic-measures.csv");
            var rows = council.WriteMeasuresCsv(csv);
            var committees = Path.Combine(folder.FullName, "synthetic-committees.json");
            council.WriteCommitteesJson(committees);

            var store = new Database(Path.Combine(folder.FullName, "synthetic.db"));
            using (var connection = store.Open()) Migrator.Apply(connection);
            CommitteeFile.ImportCommittees(store, committees);
            progress.WriteLine($"Importing {rows:N0} rows, then the same file with sqlite3 .import …");
            var import = ImportBenchmark.Run(store, csv, rows, folder.FullName);

            progress.WriteLine("Timing raw indexed lookups …");
            var lookup = LookupBenchmark.Run(store, samples, seed: 7);

            var questions = council.Questions(samples).Select(q => q.Question).ToList();
            progress.WriteLine($"Timing {samples:N0} answers in-process …");
            var answers = AnswerBenchmark.Run(store, questions, lookup);
            progress.WriteLine($"Building the digests of {council.CommitteeNames.Count} committees …");
            var digests = DigestBenchmark.Run(store, new DateOnly(2025, 10, 6));
            progress.WriteLine("Measuring accuracy on the development set, PerfBot and the FTS5 baseline …");
            var accuracy = AccuracyBenchmark.Run(AccuracyBenchmark.FindDevSet(), folder.FullName);

            progress.WriteLine($"Asking {samples:N0} questions through /api/messages on loopback …");
            var endToEnd = await EndToEndBenchmark.RunAsync(store, questions, concurrency: 64);
            return new BenchReport(indicators, periods, $"{Environment.ProcessorCount} cores", import, lookup, answers, digests, accuracy, endToEnd, Measure.PeakRssMb());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static string Describe(BenchReport r) => $"""
        PerfBot benchmark: {r.Indicators:N0} synthetic indicators × {r.Periods} periods ({r.Machine})
        Import:  {r.Import.Rows:N0} rows in {r.Import.PerfBotSeconds} s = {r.Import.PerfBotRowsPerSecond:N0} rows/s; sqlite3 .import {r.Import.Sqlite3RowsPerSecond:N0} rows/s; ratio {r.Import.Ratio} (target ≥ 0.5){(r.Import.Sqlite3Note is null ? "" : " — " + r.Import.Sqlite3Note)}
        Raw indexed lookup: p50 {r.RawLookup.P50Ms} ms, p99 {r.RawLookup.P99Ms} ms
        Answers in-process: p50 {r.Answers.Answer.P50Ms} ms, p99 {r.Answers.Answer.P99Ms} ms (target ≤ 5 ms), {r.Answers.RatioP99ToRawLookup}× the raw lookup's p99 (target ≤ 10×); question index built in {r.Answers.IndexBuildMs} ms
        Digests: {r.Digests.Committees} committees over {r.Digests.Indicators:N0} indicators in {r.Digests.Milliseconds} ms (target < 1000 ms), {r.Digests.Exceptions:N0} exceptions
        Accuracy on the development set: {(r.Accuracy is { } a ? $"PerfBot {a.PerfBotTop1:P1} top-1, FTS5 bm25 baseline {a.BaselineTop1:P1} ({a.Questions} questions); indicator top-1 {a.PerfBotIndicatorTop1:P1} vs {a.BaselineIndicatorTop1:P1}" : "the development set was not found (run from a checkout)")}
        End to end (/api/messages → loopback connector, {r.EndToEnd.Concurrency} at a time): {r.EndToEnd.QuestionsPerSecond:N0} questions/s (target ≥ 500), p50 {r.EndToEnd.Latency.P50Ms} ms, p99 {r.EndToEnd.Latency.P99Ms} ms; {r.EndToEnd.RepliesReceived}/{r.EndToEnd.Questions} replies
        Peak RSS of perfbot serve at this size: {r.EndToEnd.ServePeakRssMb} MB (target < 250 MB)
        Peak RSS of the benchmark process (import included): {r.PeakRssMb} MB
        """;
}
