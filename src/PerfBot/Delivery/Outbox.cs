using System.Data;
using Dapper;
using PerfBot.Store;

namespace PerfBot.Delivery;

/// <summary>
/// The outbox table: messages are stored before they are sent and marked sent with the channel's activity id after.
/// A sender claims a batch of rows with a lease first, so two processes — the scheduler and a verb, or two instances
/// of the bot — never send the same one; a dead sender's rows are taken over once its lease runs out.
/// </summary>
public sealed class Outbox(Database database, TimeProvider clock, DeliveryOptions? deliveryOptions = null)
{
    private readonly DeliveryOptions options = deliveryOptions ?? new DeliveryOptions();

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

    /// <summary>A new hold for one sender's run: its own token, so it renews and gives back only what it still holds.</summary>
    public OutboxClaim NewClaim() => new($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..12]}");

    /// <summary>
    /// Takes the next batch of the scope's unsent messages after <paramref name="afterId"/> that nobody holds, in one
    /// statement: each gets this claim's token and lease and one more attempt. On PostgreSQL rows another instance is
    /// claiming at this moment are passed over rather than waited for, so two instances sweeping at once split the work.
    /// </summary>
    public IReadOnlyList<OutboxMessage> Claim(OutboxScope scope, OutboxClaim claim, long afterId = 0)
    {
        var now = clock.GetUtcNow();
        var parameters = new DynamicParameters(scope);
        // SQLite has one writer, so nothing is gained by a batch; claimed one at a time, a crash strands only the message being sent.
        var batch = database.Engine == StoreEngine.Sqlite ? 1 : options.ClaimBatch;
        parameters.AddDynamicParams(new { afterId, batch, now = Iso(now), until = Iso(now + options.Lease), token = claim.Token });
        using var connection = database.Open();
        var claimed = connection.Query<OutboxMessage>($"""
            WITH due AS (
                SELECT id FROM outbox
                WHERE {OutboxScope.Condition} AND id > @afterId AND (claimed_until IS NULL OR claimed_until < @now)
                ORDER BY id LIMIT @batch {database.Sql.SkipLocked})
            UPDATE outbox SET claimed_until = @until, claimed_by = @token, attempts = attempts + 1
            WHERE id IN (SELECT id FROM due)
            RETURNING {Columns}
            """, parameters).OrderBy(m => m.Id).ToList();
        if (claimed.Count > 0) claim.Until = now + options.Lease;
        return claimed;
    }

    /// <summary>
    /// Extends the claim's lease on what it still holds unsent and returns those ids: a message missing from them was
    /// taken over by another sender after the lease ran out, and must not be sent by this one.
    /// </summary>
    public IReadOnlySet<long> Renew(OutboxClaim claim)
    {
        var now = clock.GetUtcNow();
        using var connection = database.Open();
        var held = connection.Query<long>("UPDATE outbox SET claimed_until = @until WHERE claimed_by = @token AND sent_at IS NULL RETURNING id",
            new { until = Iso(now + options.Lease), token = claim.Token }).ToHashSet();
        claim.Until = now + options.Lease;
        return held;
    }

    /// <summary>Whether the claim's lease is more than half spent: time to renew it before the next send.</summary>
    public bool NeedsRenewal(OutboxClaim claim) => clock.GetUtcNow() >= claim.Until - options.Lease / 2;

    /// <summary>The scope's unsent messages another sender holds now.</summary>
    public int HeldByOthers(OutboxScope scope, OutboxClaim claim)
    {
        var parameters = new DynamicParameters(scope);
        parameters.AddDynamicParams(new { now = Iso(clock.GetUtcNow()), token = claim.Token });
        using var connection = database.Open();
        return connection.ExecuteScalar<int>($"""
            SELECT count(*) FROM outbox
            WHERE {OutboxScope.Condition} AND claimed_until >= @now AND (claimed_by IS NULL OR claimed_by <> @token)
            """, parameters);
    }

    public void MarkSent(long id, string? activityId)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE outbox SET sent_at = @now, activity_id = @activityId, claimed_until = NULL, claimed_by = NULL, last_error = NULL WHERE id = @id",
            new { id, activityId, now = Now() });
    }

    /// <summary>Gives the row back, if this claim still holds it, so the next run retries it.</summary>
    public void MarkFailed(long id, OutboxClaim claim, string error)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE outbox SET claimed_until = NULL, claimed_by = NULL, last_error = @error WHERE id = @id AND claimed_by = @token",
            new { id, error, token = claim.Token });
    }

    private string Now() => Iso(clock.GetUtcNow());

    // Fixed-width UTC so that text comparison is time order, in SQLite and PostgreSQL alike.
    private static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
