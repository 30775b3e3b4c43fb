using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PerfBot.Indicators;
using PerfBot.Questions;
using PerfBot.Questions.Conversing;
using PerfBot.Store;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Conversations;

/// <summary>
/// The store's conversation_contexts table as two instances use it, each with its own connections: what one keeps the
/// other finds, the later of two writes wins in either order, an expired or foreign-shaped row is never used, and a
/// failing store costs the context only. The SQL is run on both engines; only PostgreSQL uses it in service.
/// </summary>
public abstract class StoredConversationContextsTests : IDisposable
{
    public sealed class OnSqlite() : StoredConversationContextsTests(StoreEngine.Sqlite);

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres() : StoredConversationContextsTests(StoreEngine.Postgres);

    private readonly TempStore _store;
    private readonly Database _other;
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2025-12-01T10:00:00Z"));
    private readonly RecordingLoggerProvider _log = new();

    protected StoredConversationContextsTests(StoreEngine engine)
    {
        _store = TempStore.WithDemoData(engine);
        _other = new Database(_store.Database.Address);
    }

    public void Dispose()
    {
        _other.Dispose();
        _store.Dispose();
    }

    private StoredConversationContexts On(Database database) =>
        new(database, _clock, TestMetrics.Create(), new LoggerFactory([_log]).CreateLogger<StoredConversationContexts>());

    private StoredConversationContexts Here => On(_store.Database);
    private StoredConversationContexts There => On(_other);

    /// <summary>A context with every field set, so a field the store dropped or garbled shows.</summary>
    private ConversationContext Context(string code, DateTimeOffset? at = null) => new(at ?? _clock.GetUtcNow(), SubjectKind.List, Intent.Why, [code, "PH-02"],
        "Q2 2025/26", true, new ListContext(["PH-07", code], Rag.Red, Direction.Worsening, true, new BenchmarkFilter(BenchmarkKind.StatisticalNeighbours, true),
            ["Children's Services"], 4, "Q2 2025/26", ["PH-09"]), 4, new DateOnly(2026, 1, 21));

    private static string? Shown(ConversationContext? context) => context is null ? null : ContextJson.Write(context);

    [Fact]
    public async Task A_context_kept_by_one_instance_is_found_whole_by_the_other()
    {
        var kept = Context("PH-01");
        await Here.KeepAsync("a:chat-1", kept, default);

        var found = await There.FindAsync("a:chat-1", default);

        Assert.Equal(Shown(kept), Shown(found));
        Assert.Equal(["PH-07", "PH-01"], found!.List!.Codes);
        Assert.Equal(new DateOnly(2026, 1, 21), found.Meeting);
    }

    [Fact]
    public async Task Each_key_has_its_own_context_and_a_key_never_kept_has_none()
    {
        await Here.KeepAsync("19:channel@thread.tacv2;messageid=1\n29:alice", Context("PH-01"), default);
        await There.KeepAsync("19:channel@thread.tacv2;messageid=1\n29:bob", Context("PH-05"), default);

        Assert.Equal("PH-01", (await There.FindAsync("19:channel@thread.tacv2;messageid=1\n29:alice", default))!.Codes[0]);
        Assert.Equal("PH-05", (await Here.FindAsync("19:channel@thread.tacv2;messageid=1\n29:bob", default))!.Codes[0]);
        Assert.Null(await Here.FindAsync("19:channel@thread.tacv2;messageid=1\n29:carol", default));
        Assert.Null(await Here.FindAsync("19:channel@thread.tacv2;messageid=1", default));
    }

    [Fact]
    public async Task The_later_context_wins_whichever_instance_writes_last()
    {
        var earlier = Context("PH-01");
        _clock.Advance(TimeSpan.FromSeconds(5));
        var later = Context("PH-05");

        await Here.KeepAsync("a:chat-1", later, default);
        await There.KeepAsync("a:chat-1", earlier, default); // the slower instance's write lands second

        Assert.Equal("PH-05", (await Here.FindAsync("a:chat-1", default))!.Codes[0]);
        _clock.Advance(TimeSpan.FromSeconds(5));
        await There.KeepAsync("a:chat-1", Context("PH-09"), default);
        Assert.Equal("PH-09", (await Here.FindAsync("a:chat-1", default))!.Codes[0]);
    }

    [Fact]
    public async Task A_context_past_its_lifetime_is_never_found_and_is_swept_with_the_other_expired_ones()
    {
        await Here.KeepAsync("a:old", Context("PH-01"), default);
        _clock.Advance(TimeSpan.FromMinutes(10));
        await Here.KeepAsync("a:recent", Context("PH-05"), default);
        _clock.Advance(ConversationContext.Lifetime - TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        Assert.NotNull(await There.FindAsync("a:old", default));

        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Null(await There.FindAsync("a:old", default));
        Assert.NotNull(await There.FindAsync("a:recent", default));
        Assert.Equal(1, await There.SweepAsync(default));
        using var connection = _store.Database.Open();
        Assert.Equal(["a:recent"], connection.Query<string>("SELECT context_key FROM conversation_contexts"));
    }

    [Fact]
    public async Task A_row_another_version_kept_with_a_field_this_one_lacks_or_without_one_it_needs_is_not_used()
    {
        var json = ContextJson.Write(Context("PH-01"));
        using (var connection = _store.Database.Open())
        {
            var keptAt = StoredTime.Of(_clock.GetUtcNow());
            connection.Execute("INSERT INTO conversation_contexts (context_key, kept_at, context) VALUES ('a:newer', @keptAt, @Json), ('a:older', @keptAt, @Older)",
                new { keptAt, Json = json.Replace("\"subject\":", "\"mood\":\"cheerful\",\"subject\":"), Older = json.Replace("\"subject\":\"List\",", "") });
        }

        Assert.Null(await Here.FindAsync("a:newer", default));
        Assert.Null(await Here.FindAsync("a:older", default));
        Assert.Contains(_log.Messages, m => m.StartsWith("A conversation context kept by another version of PerfBot was not used", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_store_that_fails_costs_the_context_and_says_so_but_never_throws()
    {
        using (var connection = _store.Database.Open()) connection.Execute("DROP TABLE conversation_contexts");

        await Here.KeepAsync("a:chat-1", Context("PH-01"), default);
        Assert.Null(await Here.FindAsync("a:chat-1", default));

        Assert.Contains(_log.Messages, m => m.StartsWith("Could not keep the conversation context", StringComparison.Ordinal));
        Assert.Contains(_log.Messages, m => m.StartsWith("Could not read the conversation context", StringComparison.Ordinal));
    }

    [Fact]
    public void The_bot_keeps_contexts_in_the_table_on_PostgreSQL_and_in_memory_on_SQLite()
    {
        using var provider = new ServiceCollection().AddLogging().AddSingleton(_store.Database).AddSingleton<TimeProvider>(_clock).AddQuestions().BuildServiceProvider();

        var contexts = provider.GetRequiredService<IConversationContexts>();

        Assert.IsType(_store.Database.Engine == StoreEngine.Postgres ? typeof(StoredConversationContexts) : typeof(ConversationContexts), contexts);
    }
}
