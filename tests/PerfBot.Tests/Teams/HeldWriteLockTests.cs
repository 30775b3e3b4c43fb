using System.Data.Common;
using System.Net;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using PerfBot.Store;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Teams;

/// <summary>
/// Another connection holds the store's write lock (an import's long transaction) while members write to the bot:
/// every message is answered, none with a 5xx, and the new conversations' references are written once it lets go.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class HeldWriteLockTests
{
    private const int Conversations = 12;

    [Theory, MemberData(nameof(StoreEngines.Both), MemberType = typeof(StoreEngines))]
    public async Task Messages_are_answered_while_another_connection_holds_the_write_lock_and_their_references_are_written_after(StoreEngine engine)
    {
        using var store = TempStore.Empty(engine, "People and Health Scrutiny Committee");
        await using var connector = await FakeConnector.StartAsync();
        var logs = new RecordingLoggerProvider();
        // Typing shown at once, as a loaded machine would show it, so the typing indicators are always among the calls.
        await using var bot = await BotUnderTest.StartAsync(store, settings: [("Bot:TypingDelay", "00:00:00")],
            configureServices: services => services.AddSingleton<ILoggerProvider>(logs));
        var ids = Enumerable.Range(1, Conversations).Select(i => $"a:held-lock-{i}").ToList();

        await using (var holder = await HoldWriteLockAsync(store.Database))
        {
            var responses = await Task.WhenAll(ids.Select(id => bot.PostAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, "help", id, $"msg-{id}"))));

            Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, $"{(int)r.StatusCode} while the write lock was held"));
            // Answers only: the typing indicators go to the same conversations.
            var replies = await connector.WaitForCallsAsync(Conversations, TimeSpan.FromSeconds(30),
                c => c.Method == "POST" && c.Body.GetProperty("type").GetString() == "message");
            Assert.Equal(ids.Order(), replies.Select(r => r.Path.Split('/')[3]).Order());
            Assert.All(replies, r => Assert.Contains("What PerfBot answers", r.Body.GetRawText()));
            // Still held: nothing can have been written yet, and the writer has tried and will try again.
            Assert.Equal(0, Written(store.Database, ids));
            Assert.NotNull(await logs.WaitForAsync("Could not write", TimeSpan.FromSeconds(30)));
        }

        // Waits for the rows, not for a time: the writer retries once the lock is gone.
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        while (Written(store.Database, ids) < Conversations && DateTimeOffset.UtcNow < deadline) await Task.Delay(50);
        Assert.Equal(Conversations, Written(store.Database, ids));
    }

    private static long Written(Database database, IReadOnlyList<string> ids)
    {
        using var connection = database.Open();
        // Dapper expands a list for SQLite; Npgsql takes it as an array.
        var among = database.Engine == StoreEngine.Sqlite ? "IN @ids" : "= ANY(@ids)";
        return connection.ExecuteScalar<long>($"SELECT count(*) FROM conversation_references WHERE conversation_id {among}", new { ids = ids.ToArray() });
    }

    /// <summary>
    /// SQLite: BEGIN IMMEDIATE takes the one write lock, as an import does. PostgreSQL has no store-wide write lock; the
    /// nearest an import comes is a lock on the rows it writes, so the references table is locked against every write.
    /// </summary>
    private static async Task<HeldLock> HoldWriteLockAsync(Database database)
    {
        DbConnection connection = database.Engine == StoreEngine.Sqlite
            ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database.Path, Pooling = false }.ToString())
            : new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        // Plain SQL rather than BeginTransaction, so what is held is exactly what an import's transaction holds.
        await connection.ExecuteAsync(database.Engine == StoreEngine.Sqlite
            ? "BEGIN IMMEDIATE"
            : "BEGIN; LOCK TABLE conversation_references IN EXCLUSIVE MODE");
        return new HeldLock(connection);
    }

    private sealed class HeldLock(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await connection.ExecuteAsync("ROLLBACK");
            await connection.DisposeAsync();
        }
    }
}
