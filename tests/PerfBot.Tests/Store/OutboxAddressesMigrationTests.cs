using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using PerfBot.Briefings;
using PerfBot.Store;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Store;

/// <summary>
/// Migration 0008 folds briefing_deliveries into the outbox. A store from before it keeps its outbox rows, and every brief
/// already sent stays addressed (its download link keeps working) without being sent again.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OutboxAddressesMigrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("perfbot-migration-").FullName;
    private string? _postgresDatabase;

    private Database OldStore(StoreEngine engine)
    {
        if (engine == StoreEngine.Sqlite) return new Database(Path.Combine(_folder, "old.db"));
        _postgresDatabase = PostgresServer.Shared.CreateDatabase(template: null);
        return new Database(StoreAddress.Parse(PostgresServer.Shared.Url(_postgresDatabase)));
    }

    [Theory, MemberData(nameof(StoreEngines.Both), MemberType = typeof(StoreEngines))]
    public void Sent_briefs_become_sent_outbox_rows_per_recipient_and_the_old_outbox_is_kept(StoreEngine engine)
    {
        var database = OldStore(engine);
        using var connection = database.Open();
        ApplyUpTo(connection, engine, 7);
        connection.Execute("""
            INSERT INTO committees (id, name) VALUES (1, 'People and Health Scrutiny Committee');
            INSERT INTO conversation_references (conversation_id, channel_id, service_url, scope, bot_id, installed_at, updated_at)
                VALUES ('19:a@thread.tacv2', 'msteams', 'https://smba.example/', 'channel', '28:bot', '2026-01-01', '2026-01-01'),
                       ('19:b@thread.tacv2', 'msteams', 'https://smba.example/', 'channel', '28:bot', '2026-01-01', '2026-01-01');
            INSERT INTO committee_channels (conversation_id, committee_id, linked_by_user_id, linked_at)
                VALUES ('19:a@thread.tacv2', 1, '29:x', '2026-01-01'), ('19:b@thread.tacv2', 1, '29:x', '2026-01-01');
            INSERT INTO digests (id, committee_id, week, as_of, text, content_json, composed_at) VALUES (5, 1, '2026-W02', '2026-01-05', 't', '{}', '2026-01-05');
            INSERT INTO outbox (idempotency_key, kind, digest_id, conversation_id, text, payload_json, created_at, attempts, sent_at, activity_id)
                VALUES ('digest:1:2026-W02:19:a@thread.tacv2', 'digest', 5, '19:a@thread.tacv2', 'digest text', '{}', '2026-01-05', 1, '2026-01-05T08:00:01Z', 'act-1');
            INSERT INTO briefings (id, committee_id, meeting_date, composed_on, kind, content, created_at)
                VALUES ('b1', 1, '2026-01-21', '2026-01-14', 'scheduled', '{}', '2026-01-14'), ('b2', 1, '2026-01-21', '2026-01-15', 'requested', '{}', '2026-01-15');
            INSERT INTO briefing_deliveries (briefing_id, recipient, link_expires_at, sent_at)
                VALUES ('b1', 'chair-oid', '2026-01-21', '2026-01-14T07:00:02Z'), ('b1', 'channels', NULL, '2026-01-14T07:00:03Z'),
                       ('b2', 'member-oid', '2026-01-22', NULL);
            """);

        Migrator.Apply(connection);

        var rows = connection.Query<(string Key, string Kind, string? Subject, string? Conversation, string? Person, string? SentAt)>(
            "SELECT idempotency_key, kind, subject_id, conversation_id, person_aad_object_id, sent_at FROM outbox ORDER BY idempotency_key").ToList();
        Assert.Equal(
        [
            ("brief:b1:channel:19:a@thread.tacv2", "brief", "b1", "19:a@thread.tacv2", null, "2026-01-14T07:00:03Z"),
            ("brief:b1:channel:19:b@thread.tacv2", "brief", "b1", "19:b@thread.tacv2", null, "2026-01-14T07:00:03Z"),
            ("brief:b1:person:chair-oid", "brief", "b1", null, "chair-oid", "2026-01-14T07:00:02Z"),
            ("digest:1:2026-W02:19:a@thread.tacv2", "digest", null, "19:a@thread.tacv2", null, "2026-01-05T08:00:01Z"),
        ], rows);
        Assert.Equal("act-1", connection.ExecuteScalar<string>("SELECT activity_id FROM outbox WHERE kind = 'digest'"));
        Assert.Throws(engine == StoreEngine.Sqlite ? typeof(SqliteException) : typeof(Npgsql.PostgresException),
            () => connection.ExecuteScalar<long>("SELECT count(*) FROM briefing_deliveries"));
        var briefs = new BriefStore(database, TimeProvider.System);
        Assert.True(briefs.WasAddressedTo("b1", "chair-oid"));
        // Never sent, so it was never addressed as far as a download is concerned; asking again sends a new one.
        Assert.False(briefs.WasAddressedTo("b2", "member-oid"));
    }

    /// <summary>What <see cref="Migrator.Apply"/> would have done in a release that ended at migration <paramref name="last"/>.</summary>
    private static void ApplyUpTo(DbConnection connection, StoreEngine engine, int last)
    {
        connection.Execute("CREATE TABLE schema_migrations (number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        foreach (var migration in Migrator.For(engine).Where(m => m.Number <= last))
        {
            connection.Execute(migration.Sql);
            connection.Execute("INSERT INTO schema_migrations (number, name, applied_at) VALUES (@Number, @Name, '2026-01-01')", new { migration.Number, migration.Name });
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Npgsql.NpgsqlConnection.ClearAllPools();
        if (_postgresDatabase is not null) PostgresServer.Shared.DropDatabase(_postgresDatabase);
        Directory.Delete(_folder, recursive: true);
    }
}
