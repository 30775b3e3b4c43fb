using PerfBot.Delivery;
using System.Globalization;
using Dapper;
using PerfBot.Store;

namespace PerfBot.Digests;

/// <summary>The digests table: each committee's digest for a week, composed once, and the last one before a week.</summary>
public sealed class DigestStore(Database database, TimeProvider clock, Outbox outbox)
{
    public sealed record StoredDigest(long Id, long CommitteeId, string Week, string AsOf, string Text, string ContentJson)
    {
        public Digest Content => StoredJson.Read<Digest>(ContentJson);
    }

    public StoredDigest? Find(long committeeId, string week)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<StoredDigest>(
            "SELECT id, committee_id, week, as_of, text, content_json FROM digests WHERE committee_id = @committeeId AND week = @week",
            new { committeeId, week });
    }

    /// <summary>The committee's most recent digest for an earlier week: what this week's changes are measured from.</summary>
    public DigestSnapshot? PreviousSnapshot(long committeeId, string week)
    {
        using var connection = database.Open();
        var json = connection.QueryFirstOrDefault<string>(
            "SELECT content_json FROM digests WHERE committee_id = @committeeId AND week < @week ORDER BY week DESC LIMIT 1",
            new { committeeId, week });
        return json is null ? null : StoredJson.Read<Digest>(json).Snapshot();
    }

    /// <summary>
    /// Stores the week's digest, unless it is there already, and one outbox message per channel in the same transaction.
    /// Channels linked since the digest was stored get their message too; a channel that had one keeps it.
    /// </summary>
    public StoredDigest Store(Digest digest, string week, string text, IReadOnlyList<string> channels)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var inserted = connection.Execute("""
            INSERT INTO digests (committee_id, week, as_of, text, content_json, composed_at)
            VALUES (@CommitteeId, @week, @AsOf, @text, @json, @now)
            ON CONFLICT (committee_id, week) DO NOTHING
            """, new
        {
            digest.CommitteeId, week, AsOf = StoredDate.Of(digest.AsOf), text,
            json = StoredJson.Write(digest), now = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        }, transaction);
        var stored = connection.QuerySingle<StoredDigest>(
            "SELECT id, committee_id, week, as_of, text, content_json FROM digests WHERE committee_id = @CommitteeId AND week = @week",
            new { digest.CommitteeId, week }, transaction);
        // What the digest shows, so a later correction of one of its figures is named in the committee's next digest.
        if (inserted == 1)
            PublishedFigures.RecordDigest(connection, transaction, stored.CommitteeId, stored.Id,
                digest.Exceptions.Select(l => new PublishedFigures.Figure(l.Code, l.Period, l.Value)), clock.GetUtcNow());
        foreach (var channel in channels)
            outbox.Enqueue(new NewOutboxMessage(Key(stored.CommitteeId, week, channel), DigestStore.OutboxKind, new OutboxAddress.Conversation(channel), stored.Text, stored.ContentJson) { DigestId = stored.Id },
                connection, transaction);
        transaction.Commit();
        return stored;
    }

    public const string OutboxKind = "digest";

    /// <summary>When the committee's most recent digest before a week was composed: corrections since then are news.</summary>
    public DateTimeOffset? PreviousComposedAt(long committeeId, string week)
    {
        using var connection = database.Open();
        var at = connection.QueryFirstOrDefault<string>(
            "SELECT composed_at FROM digests WHERE committee_id = @committeeId AND week < @week ORDER BY week DESC LIMIT 1", new { committeeId, week });
        return at is null ? null : DateTimeOffset.Parse(at, CultureInfo.InvariantCulture);
    }

    public static string Key(long committeeId, string week, string conversationId) => $"digest:{committeeId}:{week}:{conversationId}";
}
