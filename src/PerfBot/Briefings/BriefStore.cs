using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using PerfBot.Cli;
using PerfBot.Store;

namespace PerfBot.Briefings;

/// <summary>The briefs as composed (briefings) and whom they were sent to (briefing_deliveries).</summary>
public sealed class BriefStore(Database database, TimeProvider clock)
{
    public sealed record Stored(string Id, long CommitteeId, Brief Brief);

    /// <summary>
    /// Keeps a scheduled brief for a meeting, once: a second call for the same meeting (a retried job, a restart)
    /// returns the brief kept the first time rather than composing another.
    /// </summary>
    public Stored SaveScheduled(long committeeId, Brief brief) => Save(committeeId, brief, "scheduled");

    public Stored SaveRequested(long committeeId, Brief brief) => Save(committeeId, brief, "requested");

    private Stored Save(long committeeId, Brief brief, string kind)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        using var connection = database.Open();
        connection.Execute("""
            INSERT INTO briefings (id, committee_id, meeting_date, composed_on, kind, content, created_at)
            VALUES (@id, @committeeId, @Meeting, @ComposedOn, @kind, @content, @now)
            ON CONFLICT DO NOTHING
            """,
            new { id, committeeId, Meeting = Iso(brief.Meeting), ComposedOn = Iso(brief.ComposedOn), kind, content = JsonSerializer.Serialize(brief, CliJson.Options), now = clock.GetUtcNow().ToString("O") });
        if (kind == "requested") return new Stored(id, committeeId, brief);
        var keptId = connection.QuerySingle<string>(
            "SELECT id FROM briefings WHERE committee_id = @committeeId AND meeting_date = @Meeting AND kind = 'scheduled'",
            new { committeeId, Meeting = Iso(brief.Meeting) });
        return Find(keptId)!;
    }

    public Stored? Find(string id)
    {
        using var connection = database.Open();
        var row = connection.QuerySingleOrDefault<(string Id, long CommitteeId, string Content)>(
            "SELECT id, committee_id, content FROM briefings WHERE id = @id", new { id });
        return row.Id is null ? null : new Stored(row.Id, row.CommitteeId, JsonSerializer.Deserialize<Brief>(row.Content, CliJson.Options)!);
    }

    /// <summary>Records that the brief is going to a recipient; false when it already went (exactly once per recipient).</summary>
    public bool StartDelivery(string briefId, string recipient, DateTimeOffset? linkExpires)
    {
        using var connection = database.Open();
        connection.Execute("""
            INSERT INTO briefing_deliveries (briefing_id, recipient, link_expires_at) VALUES (@briefId, @recipient, @expires)
            ON CONFLICT (briefing_id, recipient) DO NOTHING
            """, new { briefId, recipient, expires = linkExpires?.ToString("O") });
        return connection.QuerySingle<string?>("SELECT sent_at FROM briefing_deliveries WHERE briefing_id = @briefId AND recipient = @recipient",
            new { briefId, recipient }) is null;
    }

    public void FinishDelivery(string briefId, string recipient, string? error)
    {
        using var connection = database.Open();
        connection.Execute("""
            UPDATE briefing_deliveries SET sent_at = CASE WHEN @error IS NULL THEN @now ELSE sent_at END, error = @error
            WHERE briefing_id = @briefId AND recipient = @recipient
            """, new { briefId, recipient, error, now = clock.GetUtcNow().ToString("O") });
    }

    /// <summary>Whether the brief was addressed to this recipient: a download link only works for someone it was sent to.</summary>
    public bool WasAddressedTo(string briefId, string recipient)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long>("SELECT count(*) FROM briefing_deliveries WHERE briefing_id = @briefId AND recipient = @recipient",
            new { briefId, recipient }) > 0;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
