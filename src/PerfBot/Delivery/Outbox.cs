using System.Data;
using Dapper;
using PerfBot.Store;

namespace PerfBot.Delivery;

/// <summary>
/// The outbox table: messages are stored before they are sent and marked sent with the channel's activity id after.
/// A sender takes a short lease on a row first, so two processes (the scheduler and a verb) never send the same one.
/// </summary>
public sealed class Outbox(Database database, TimeProvider clock)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private const string Columns = "id, idempotency_key, kind, digest_id, subject_id, conversation_id, person_aad_object_id, person_tenant_id, text, payload_json, attempts, sent_at, activity_id";

    /// <summary>Stores the message unless its key is already there; returns true when it was new.</summary>
    public bool Enqueue(NewOutboxMessage message, IDbConnection? connection = null, IDbTransaction? transaction = null)
    {
        using var own = connection is null ? database.Open() : null;
        var (conversation, person, tenant) = message.To switch
        {
            OutboxAddress.Conversation c => (c.ConversationId, (string?)null, (string?)null),
            OutboxAddress.Person p => ((string?)null, p.AadObjectId, p.TenantId),
            _ => throw new ArgumentException("An outbox message needs an address.", nameof(message)),
        };
        return (connection ?? own!).Execute("""
            INSERT INTO outbox (idempotency_key, kind, digest_id, subject_id, conversation_id, person_aad_object_id, person_tenant_id, text, payload_json, created_at)
            VALUES (@IdempotencyKey, @Kind, @DigestId, @SubjectId, @conversation, @person, @tenant, @Text, @PayloadJson, @Now)
            ON CONFLICT (idempotency_key) DO NOTHING
            """, new { message.IdempotencyKey, message.Kind, message.DigestId, message.SubjectId, conversation, person, tenant, message.Text, message.PayloadJson, Now = Now() },
            transaction) == 1;
    }

    /// <summary>Unsent messages, oldest first, optionally only one digest's.</summary>
    public IReadOnlyList<OutboxMessage> Unsent(long? digestId = null)
    {
        using var connection = database.Open();
        return connection.Query<OutboxMessage>($"""
            SELECT {Columns} FROM outbox
            WHERE sent_at IS NULL AND (@digestId IS NULL OR digest_id = @digestId)
            ORDER BY id
            """, new { digestId }).ToList();
    }

    public OutboxMessage? Find(string idempotencyKey)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<OutboxMessage>($"SELECT {Columns} FROM outbox WHERE idempotency_key = @idempotencyKey", new { idempotencyKey });
    }

    /// <summary>Every message about one subject (a brief), sent or not.</summary>
    public IReadOnlyList<OutboxMessage> About(string subjectId)
    {
        using var connection = database.Open();
        return connection.Query<OutboxMessage>($"SELECT {Columns} FROM outbox WHERE subject_id = @subjectId ORDER BY id", new { subjectId }).ToList();
    }

    public IReadOnlyList<OutboxMessage> OfDigest(long digestId)
    {
        using var connection = database.Open();
        return connection.Query<OutboxMessage>($"SELECT {Columns} FROM outbox WHERE digest_id = @digestId ORDER BY id", new { digestId }).ToList();
    }

    /// <summary>Takes the row for sending unless it is sent or another sender's lease on it has not run out.</summary>
    public bool TryClaim(long id)
    {
        var now = clock.GetUtcNow();
        using var connection = database.Open();
        return connection.Execute("""
            UPDATE outbox SET claimed_until = @until, attempts = attempts + 1
            WHERE id = @id AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < @now)
            """, new { id, until = Iso(now + Lease), now = Iso(now) }) == 1;
    }

    public void MarkSent(long id, string? activityId)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE outbox SET sent_at = @now, activity_id = @activityId, claimed_until = NULL, last_error = NULL WHERE id = @id",
            new { id, activityId, now = Now() });
    }

    /// <summary>Gives the row back so the next run retries it.</summary>
    public void MarkFailed(long id, string error)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE outbox SET claimed_until = NULL, last_error = @error WHERE id = @id", new { id, error });
    }

    private string Now() => Iso(clock.GetUtcNow());

    // Fixed-width UTC so that text comparison is time order, in SQLite and PostgreSQL alike.
    private static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
