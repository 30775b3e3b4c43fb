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
        var keep = new Option<bool>("--keep") { Description = "Keep the synthetic store and CSV afterwards (for profiling); the folder is printed." };
        var store = new Option<DirectoryInfo?>("--store") { Description = "Reuse a folder kept by --keep (with the same --indicators and --periods) instead of generating and importing again." };
        var only = new Option<string[]>("--only") { Description = $"Measure only these sections: {string.Join(", ", BenchSections.All)}.", AllowMultipleArgumentsPerToken = true };
        var misses = new Option<bool>("--misses") { Description = "With the accuracy section, also write every miss of the development and independent sets (never the held-out sets') to standard error." };
        var command = new Command("bench", "Measure PerfBot on a synthetic council store, with the baselines measured in the same run.") { indicators, periods, samples, json, keep, store, only, misses };
        command.SetAction(async (parseResult, _) =>
        {
            IReadOnlySet<string> sections;
            try
            {
                sections = BenchSections.Parse(parseResult.GetValue(only) ?? []);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
            var kept = parseResult.GetValue(store);
            if (kept is not null && !File.Exists(Path.Combine(kept.FullName, StoreFile)))
            {
                Console.Error.WriteLine($"--store: {kept.FullName} holds no {StoreFile}; keep one with `perfbot bench --keep`");
                return 2;
            }
            // Only an explicit --db PostgreSQL address moves the benchmark there; otherwise it makes its own SQLite file.
            var postgres = parseResult.GetValue(GlobalOptions.Db) is { } db && StoreAddress.Parse(db) is { Engine: StoreEngine.Postgres } address ? address : null;
            var options = new Options(parseResult.GetValue(indicators), parseResult.GetValue(periods), parseResult.GetValue(samples), sections,
                parseResult.GetValue(keep), kept, postgres, parseResult.GetValue(misses));
            var report = await Run(options, Console.Error);
            Console.WriteLine(parseResult.GetValue(json) ? CliJson.Write(report, indented: true) : Describe(report));
            return 0;
        });
        return command;
    }

    private const string StoreFile = "synthetic.db";

    /// <param name="Postgres">An empty PostgreSQL database to fill instead of a SQLite file; emptied again afterwards unless kept.</param>
    public sealed record Options(int Indicators, int Periods, int Samples, IReadOnlySet<string> Sections, bool Keep = false, DirectoryInfo? Store = null,
        StoreAddress? Postgres = null, bool Misses = false);

    public static async Task<BenchReport> Run(Options options, TextWriter progress)
    {
        var (indicators, periods, samples, sections, _, _, _, _) = options;
        var folder = options.Store ?? Directory.CreateTempSubdirectory("perfbot-bench-");
        try
        {
            var council = new SyntheticCouncil(indicators, periods);
            using var store = options.Postgres is { } postgres ? EmptyPostgres(postgres, reuse: options.Store is not null) : new Database(Path.Combine(folder.FullName, StoreFile));
            progress.WriteLine(options.Store is null
                ? $"Generating a synthetic council: {indicators} indicators × {periods} periods …"
                : $"Reusing the synthetic store in {folder.FullName} …");
            using (var connection = store.Open()) Migrator.Apply(connection);
            // Committees before measures name them; idempotent, so a store kept by an older bench gains what newer sections need.
            var committees = Path.Combine(folder.FullName, "synthetic-committees.json");
            council.WriteCommitteesJson(committees);
            CommitteeFile.ImportCommittees(store, committees);
            ImportBenchmark.Result? import = null;
            if (options.Store is null)
            {
                var csv = Path.Combine(folder.FullName, "synthetic-measures.csv");
                var rows = council.WriteMeasuresCsv(csv);
                progress.WriteLine($"Importing {rows:N0} rows into {store}, then the same file with {(store.Engine == StoreEngine.Sqlite ? "sqlite3 .import" : "psql's COPY")} …");
                import = ImportBenchmark.Run(store, csv, rows, folder.FullName);
            }

            var questions = council.Questions(samples).Select(q => q.Question).ToList();
            var warmUp = council.Questions(samples, set: 1).Select(q => q.Question).ToList();
            Measure.Latency? lookup = null;
            IReadOnlyList<MultiplexingBenchmark.Result>? multiplexing = null;
            AnswerBenchmark.Result? answers = null;
            ContextStoreBenchmark.Result? contexts = null;
            if (sections.Contains(BenchSections.Answers))
            {
                progress.WriteLine("Timing raw indexed lookups …");
                lookup = LookupBenchmark.Run(store, samples, seed: 7);
                if (store.Engine == StoreEngine.Postgres)
                {
                    progress.WriteLine("Timing the same lookups 64 at a time, asynchronously, with Npgsql's multiplexing off and on …");
                    multiplexing = await MultiplexingBenchmark.RunAsync(store, samples, concurrency: 64);
                }
                progress.WriteLine($"Timing {samples:N0} answers in-process, after as many to warm up …");
                answers = AnswerBenchmark.Run(store, warmUp, questions, lookup);
                progress.WriteLine("Timing the conversation context each answer reads and keeps …");
                contexts = await ContextStoreBenchmark.RunAsync(store, samples);
            }
            DigestBenchmark.Result? digests = null;
            if (sections.Contains(BenchSections.Digests))
            {
                progress.WriteLine($"Building the digests of {council.CommitteeNames.Count} committees …");
                digests = DigestBenchmark.Run(store, new DateOnly(2025, 10, 6));
            }
            BriefBenchmark.Result? brief = null;
            if (sections.Contains(BenchSections.Brief))
            {
                progress.WriteLine("Composing a committee's pre-meeting brief and its Word document …");
                brief = BriefBenchmark.Run(store, council.CommitteeNames[0], council.NextMeeting, council.NextMeeting.AddDays(-7));
            }
            AccuracyBenchmark.Result? accuracy = null;
            if (sections.Contains(BenchSections.Accuracy) || sections.Contains(BenchSections.Embedding))
            {
                progress.WriteLine("Measuring accuracy on the development and independent sets, single questions and conversations, PerfBot and the FTS5 baseline …");
                if (sections.Contains(BenchSections.Embedding)) progress.WriteLine("… and the MiniLM sentence-embedding fallback on the independent set (loading the model takes a while) …");
                accuracy = AccuracyBenchmark.Run(AccuracyBenchmark.FindQuestionSets(), folder.FullName, sections.Contains(BenchSections.Embedding), options.Misses ? progress : null);
                if (accuracy is null) progress.WriteLine("The question sets were not found (run from a checkout): accuracy is not measured.");
            }
            EndToEndBenchmark.Result? endToEnd = null, twoInstances = null;
            if (sections.Contains(BenchSections.EndToEnd))
            {
                progress.WriteLine($"Asking {samples:N0} questions through /api/messages on loopback, after as many to warm up …");
                endToEnd = await EndToEndBenchmark.RunAsync(store, warmUp, questions, concurrency: 64);
                if (store.Engine == StoreEngine.Postgres)
                {
                    progress.WriteLine("The same through two perfbot serve instances on the one database, then an import each must answer from …");
                    twoInstances = await EndToEndBenchmark.RunAsync(store, warmUp, questions, concurrency: 64, instances: 2);
                }
            }
            PreviewBenchmark.Result? preview = null;
            if (sections.Contains(BenchSections.Preview))
            {
                // Last: it adds a month to the store, which the other sections measure as generated.
                progress.WriteLine("Previewing and importing an officer's 10,000-row monthly file …");
                preview = PreviewBenchmark.Run(store, folder.FullName);
            }
            var report = new BenchReport(indicators, periods, $"{Environment.ProcessorCount} cores", store.Engine.ToString(), import, lookup, multiplexing, answers,
                digests, brief, accuracy, endToEnd, twoInstances, Measure.PeakRssMb(), preview, contexts);
            if (store.Engine == StoreEngine.Postgres && !options.Keep && options.Store is null) DropTables(store);
            return report;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (options.Keep || options.Store is not null) progress.WriteLine($"The synthetic store is kept in {folder.FullName}");
            else folder.Delete(recursive: true);
        }
    }

    /// <summary>The benchmark fills only a database with nothing in it, so emptying it afterwards drops only its own tables.</summary>
    private static Database EmptyPostgres(StoreAddress address, bool reuse)
    {
        var database = new Database(address);
        using var connection = StoreOpener.Connect(database);
        if (!reuse && StoreOpener.HasTables(connection, database.Sql))
        {
            database.Dispose();
            throw new StoreProblemException($"{address.Description} is not empty: bench fills an empty database (and empties it again unless --keep).");
        }
        return database;
    }

    private static void DropTables(Database database)
    {
        using var connection = database.Open();
        foreach (var table in Dapper.SqlMapper.Query<string>(connection, database.Sql.Tables).ToList())
            Dapper.SqlMapper.Execute(connection, $"DROP TABLE IF EXISTS \"{table}\" CASCADE");
    }

    private static string FollowUps(EndToEndBenchmark.Result e, Measure.Latency f) =>
        $"End to end, follow-ups in the same chat{(e.FollowUpsAcrossInstances ? ", each sent to the other instance than its question" : "")} ({f.Samples:N0}): " +
        $"{e.FollowUpsWithContext}/{f.Samples} carried on from the question before; p50 {f.P50Ms} ms, p99 {f.P99Ms} ms";

    private static string Describe(BenchReport r)
    {
        var lines = new List<string> { $"PerfBot benchmark on {r.Engine}: {r.Indicators:N0} synthetic indicators × {r.Periods} periods ({r.Machine})" };
        if (r.Import is { } i)
            lines.Add($"Import:  {i.Rows:N0} rows in {i.PerfBotSeconds} s = {i.PerfBotRowsPerSecond:N0} rows/s; {i.Baseline} {i.BaselineRowsPerSecond:N0} rows/s; ratio {i.Ratio} (target ≥ {(r.Engine == nameof(StoreEngine.Sqlite) ? "0.8" : "0.5")}){(i.BaselineNote is null ? "" : " — " + i.BaselineNote)}");
        if (r.Import is { BaselineCpuSeconds: { } baselineCpu } cpu)
            lines.Add($"Import CPU (user + system): PerfBot {cpu.PerfBotCpuSeconds} s, {cpu.Baseline} {baselineCpu} s; ratio {Math.Round(baselineCpu / cpu.PerfBotCpuSeconds, 3)}");
        if (r.RawLookup is { } l)
            lines.Add($"Raw indexed lookup: p50 {l.P50Ms} ms, p99 {l.P99Ms} ms");
        foreach (var m in r.Multiplexing ?? [])
            lines.Add($"Raw lookups {m.Concurrency} at a time, async, multiplexing {(m.Multiplexing ? "on" : "off")}: {m.LookupsPerSecond:N0}/s, p50 {m.Latency.P50Ms} ms, p99 {m.Latency.P99Ms} ms");
        if (r.Answers is { } a)
        {
            lines.Add($"Answers in-process: p50 {a.Answer.P50Ms} ms, p99 {a.Answer.P99Ms} ms (target p99 ≤ 1 ms at 10,000 indicators, ≤ 2 ms at 100,000); {a.RatioP50ToRawLookup}× the raw lookup at p50, {a.RatioP99ToRawLookup}× at p99 (target ≤ 10×); first pass after start p50 {a.FirstPass.P50Ms} ms, p99 {a.FirstPass.P99Ms} ms; question index built in {a.IndexBuildMs} ms, again after an import of figures only in {a.IndexRefreshMs} ms");
            lines.Add($"Of an answer, timed apart: reading the question p50 {a.Reading.P50Ms} ms, p99 {a.Reading.P99Ms} ms; the store read of the indicator chosen (history, benchmarks, provenance) p50 {a.StoreRead.P50Ms} ms, p99 {a.StoreRead.P99Ms} ms");
            lines.Add($"Follow-ups with context in-process (\"why?\", \"and last year?\" … after each question): p50 {a.WithContext.P50Ms} ms, p99 {a.WithContext.P99Ms} ms (target ≤ 2 ms); {a.FollowUpsResolved:P1} found their indicator in the context");
        }
        if (r.Contexts is { } x)
            lines.Add($"Conversation context per answer, in {x.Store}: read p50 {x.Find.P50Ms} ms, p99 {x.Find.P99Ms} ms; keep p50 {x.Keep.P50Ms} ms, p99 {x.Keep.P99Ms} ms; " +
                      $"both p50 {x.Turn.P50Ms} ms, p99 {x.Turn.P99Ms} ms; parsing one from JSON {x.JsonReadMicroseconds} µs");
        if (r.Digests is { } d)
            lines.Add($"Digests: {d.Committees} committees over {d.Indicators:N0} indicators in {d.Milliseconds} ms (target < 500 ms at 10,000 indicators, ≤ 1,500 ms at 100,000), {d.WarmMilliseconds} ms warm; {d.Exceptions:N0} exceptions");
        if (r.Brief is { } b)
            lines.Add($"Brief: the {b.Committee}'s {b.Indicators:N0} indicators ({b.Red} red, {b.AmberWorsening} amber and worsening) composed with its .docx ({b.DocumentKb} KB) in {b.Milliseconds} ms, {b.WarmMilliseconds} ms warm");
        if (r.Accuracy is { } c)
        {
            lines.Add("Accuracy on the demo store (top-1: intent, indicator(s), period and mentions all right):");
            foreach (var set in c.Sets)
                lines.Add($"  {set.Set,-26} PerfBot {set.PerfBotTop1,7:P1} of {set.Questions,3}{(set.BaselineTop1 is { } fts ? $"; FTS5 bm25 baseline {fts:P1} (indicator only, not lists)" : "")}; figures not asked for {set.WrongFigures}" +
                          (set.Conversations > 0 ? $"; whole conversations right {set.WholeConversations}/{set.Conversations}" : ""));
            if (c.Embedding is { } m)
                lines.Add($"Embedding fallback, {m.Model}: loaded with {m.NamesEmbedded} names in {m.LoadMs} ms, +{m.RssAddedMb} MB resident; one question p50 {m.Encode.P50Ms} ms, p99 {m.Encode.P99Ms} ms; " +
                          $"at similarity ≥ {m.Threshold} (set on the development set) it changed {m.Fallbacks} answers to questions PerfBot held nothing for, {m.FallbacksRight} now right, {m.NewWrongFigures} new figures not asked for; " +
                          $"independent top-1 {m.Top1Without:P1} → {m.Top1With:P1}; {(m.PassesTheRule ? "passes" : "fails")} the keep rule (more right, no new figure not asked for)");
        }
        if (r.EndToEnd is { } e)
        {
            lines.Add($"End to end (/api/messages → loopback connector, {e.Concurrency} at a time): {e.QuestionsPerSecond:N0} questions/s (target ≥ 1,000 at 10,000 indicators), p50 {e.Latency.P50Ms} ms, p99 {e.Latency.P99Ms} ms; {e.RepliesReceived}/{e.Questions} replies; first pass after start {e.FirstPassQuestionsPerSecond:N0} questions/s");
            if (e.FollowUps is { } f) lines.Add(FollowUps(e, f));
            lines.Add($"CPU per question: perfbot serve {e.ServeCpuMsPerQuestion} ms, the benchmark's client and loopback connector {e.ClientCpuMsPerQuestion} ms (on the same {Environment.ProcessorCount} cores)");
            lines.Add($"Peak RSS of perfbot serve at this size: {e.ServePeakRssMb} MB (target < 200 MB at 10,000 indicators)");
        }
        if (r.EndToEndTwoInstances is { } t)
        {
            lines.Add($"End to end through {t.Instances} instances on the one database: {t.QuestionsPerSecond:N0} questions/s, p50 {t.Latency.P50Ms} ms, p99 {t.Latency.P99Ms} ms; "
                      + $"{t.RepliesReceived}/{t.Questions} answered, {t.DuplicateReplies} answered twice; CPU per question {t.ServeCpuMsPerQuestion} ms; peak RSS {t.ServePeakRssMb} MB each at most");
            if (t.FollowUps is { } u) lines.Add(FollowUps(t, u));
            if (t.Refresh is { } f)
                lines.Add($"After an import by another process: answered by the listening instance in {f.HeardMs} ms, by the one polling every {f.PollIntervalMs / 1000} s in {f.PolledMs} ms");
        }
        if (r.Preview is { } p)
            lines.Add($"An officer's file ({p.Rows:N0} rows, {p.FileKb} KB: {p.NewFigures:N0} new figures, {p.Corrections:N0} corrections): preview {p.PreviewMs} ms ({p.PreviewCpuMs} ms CPU), import {p.ImportMs} ms, the same file previewed again (all unchanged) {p.UnchangedPreviewMs} ms");
        lines.Add($"Peak RSS of the benchmark process{(r.Import is null ? "" : " (import included)")}: {r.PeakRssMb} MB");
        return string.Join(Environment.NewLine, lines);
    }
}
