using Dapper;
using PerfBot.Questions;
using PerfBot.Questions.Conversing;
using PerfBot.Store;
using PerfBot.Telemetry;

namespace PerfBot.Bench;

/// <summary>
/// What keeping conversations' contexts adds to each answer: the context store the bot chooses for this engine (memory
/// on SQLite, the shared table on PostgreSQL) read and written once per turn, as a turn does, over
/// <see cref="EndToEndBenchmark.Members"/> members' chats; and parsing one context from its JSON, which is all a cache
/// of parsed contexts in front of the table could save, since it would have to ask the table anyway.
/// </summary>
public static class ContextStoreBenchmark
{
    private const string KeyPrefix = "bench-context-";

    public sealed record Result(string Store, Measure.Latency Find, Measure.Latency Keep, Measure.Latency Turn, double JsonReadMicroseconds);

    public static async Task<Result> RunAsync(Database store, int samples)
    {
        using var services = new ServiceCollection().AddLogging().AddSingleton(store).AddSingleton(TimeProvider.System).AddPerfBotMetrics()
            .AddConversationContexts().BuildServiceProvider();
        var contexts = services.GetRequiredService<IConversationContexts>();
        var list = new ListContext([.. Enumerable.Range(1, 12).Select(i => $"SYN-{i:00000}")], Indicators.Rag.Red, null, false, null, ["Children's Services"], 1, "Q2 2025/26", []);
        ConversationContext ContextNow(int i) => new(DateTimeOffset.UtcNow, SubjectKind.Indicator, Intent.Status, [$"SYN-{i % 10_000:00000}"], "Q2 2025/26", false, list, 1, null);

        var find = new List<double>();
        var keep = new List<double>();
        var turn = new List<double>();
        // The first pass warms the pool, the prepared statements and the JIT, and is not counted.
        for (var pass = 0; pass < 2; pass++)
            for (var i = 0; i < samples; i++)
            {
                var key = KeyPrefix + (i % EndToEndBenchmark.Members);
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                await contexts.FindAsync(key, CancellationToken.None);
                var found = System.Diagnostics.Stopwatch.GetElapsedTime(started);
                await contexts.KeepAsync(key, ContextNow(i), CancellationToken.None);
                var done = System.Diagnostics.Stopwatch.GetElapsedTime(started);
                if (pass == 0) continue;
                find.Add(found.TotalMilliseconds);
                keep.Add((done - found).TotalMilliseconds);
                turn.Add(done.TotalMilliseconds);
            }
        if (contexts is StoredConversationContexts)
            using (var connection = store.Open()) connection.Execute("DELETE FROM conversation_contexts WHERE context_key LIKE @Prefix", new { Prefix = KeyPrefix + "%" });

        var json = ContextJson.Write(ContextNow(1));
        const int parses = 20_000;
        var parse = Measure.Time(() => { for (var i = 0; i < parses; i++) ContextJson.Read(json); });
        return new Result(contexts is StoredConversationContexts ? "the store's shared table" : "this process's memory",
            Measure.Latencies(find), Measure.Latencies(keep), Measure.Latencies(turn), Math.Round(parse * 1000 / parses, 2));
    }
}
