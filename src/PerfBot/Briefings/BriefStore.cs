using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using PerfBot.Store;

namespace PerfBot.Briefings;

/// <summary>The briefs as composed (the briefings table), and whom each was addressed to (its rows in the outbox).</summary>
public sealed class BriefStore(Database database, TimeProvider clock)
{
    public sealed record Stored(string Id, long CommitteeId, Brief Brief);

    // How briefs have always been kept: snake_case names, enums as words.
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Keeps a scheduled brief for a meeting, once: a second call for the same meeting (a retried job, a restart)
    /// returns the brief kept the first time rather than composing another.
    /// </summary>
    public Stored SaveScheduled(long committeeId, Brief brief)
    {
        using var connection = database.Open();
        Insert(connection, committeeId, brief, "scheduled", Content(brief));
        var keptId = connection.QuerySingle<string>(
            "SELECT id FROM briefings WHERE committee_id = @committeeId AND meeting_date = @Meeting AND kind = 'scheduled'",
            new { committeeId, Meeting = StoredDate.Of(brief.Meeting) });
        return Find(keptId)!;
    }

    /// <summary>Keeps a brief someone asked for; asked again with the same figures, it is the one already kept.</summary>
    public Stored SaveRequested(long committeeId, Brief brief)
    {
        var content = Content(brief);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        using var connection = database.Open();
        var kept = connection.QueryFirstOrDefault<string>("""
            SELECT id FROM briefings
            WHERE committee_id = @committeeId AND meeting_date = @Meeting AND kind = 'requested' AND content_sha256 = @sha256
            """, new { committeeId, Meeting = StoredDate.Of(brief.Meeting), sha256 });
        return new Stored(kept ?? Insert(connection, committeeId, brief, "requested", content, sha256), committeeId, brief);
    }

    private string Insert(System.Data.IDbConnection connection, long committeeId, Brief brief, string kind, string content, string? sha256 = null)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var inserted = connection.Execute("""
            INSERT INTO briefings (id, committee_id, meeting_date, composed_on, kind, content, content_sha256, created_at)
            VALUES (@id, @committeeId, @Meeting, @ComposedOn, @kind, @content, @sha256, @now)
            ON CONFLICT DO NOTHING
            """,
            new { id, committeeId, Meeting = StoredDate.Of(brief.Meeting), ComposedOn = StoredDate.Of(brief.ComposedOn), kind, content, sha256, now = clock.GetUtcNow().ToString("O") });
        // What the brief shows, so a later correction of one of its figures is named in the committee's next digest.
        if (inserted == 1)
            PublishedFigures.RecordBrief(connection, null, committeeId, id,
                brief.Red.Concat(brief.AmberWorsening).Select(i => new PublishedFigures.Figure(i.Code, i.Period, i.Value)), clock.GetUtcNow());
        return id;
    }

    public Stored? Find(string id)
    {
        using var connection = database.Open();
        var row = connection.QuerySingleOrDefault<(string Id, long CommitteeId, string Content)>(
            "SELECT id, committee_id, content FROM briefings WHERE id = @id", new { id });
        return row.Id is null ? null : new Stored(row.Id, row.CommitteeId, JsonSerializer.Deserialize<Brief>(row.Content, Json)!);
    }

    /// <summary>Whether the brief was addressed to this person, sent yet or not: a download link only works for someone it was sent to.</summary>
    public bool WasAddressedTo(string briefId, string aadObjectId)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long>(
            "SELECT count(*) FROM outbox WHERE subject_id = @briefId AND kind = @kind AND person_aad_object_id = @aadObjectId",
            new { briefId, kind = BriefOutbox.Kind, aadObjectId }) > 0;
    }

    private static string Content(Brief brief) => JsonSerializer.Serialize(brief, Json);
}
