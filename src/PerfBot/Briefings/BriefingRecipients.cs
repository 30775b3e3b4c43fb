using Dapper;
using PerfBot.Store;

namespace PerfBot.Briefings;

/// <summary>
/// The briefing_recipients table: the people a committee names for its brief besides its chair, each by Entra object id
/// or email (kept in lower case, as the roster is matched).
/// </summary>
public sealed class BriefingRecipients(Database database, TimeProvider clock)
{
    public IReadOnlyList<string> Of(long committeeId)
    {
        using var connection = database.Open();
        return connection.Query<string>("SELECT recipient FROM briefing_recipients WHERE committee_id = @committeeId ORDER BY recipient", new { committeeId }).ToList();
    }

    /// <summary>False when the committee already names them.</summary>
    public bool Add(long committeeId, string recipient)
    {
        using var connection = database.Open();
        return connection.Execute("""
            INSERT INTO briefing_recipients (committee_id, recipient, added_at) VALUES (@committeeId, @recipient, @now)
            ON CONFLICT (committee_id, recipient) DO NOTHING
            """, new { committeeId, recipient = Normalise(recipient), now = StoredTime.Of(clock.GetUtcNow()) }) == 1;
    }

    /// <summary>False when the committee did not name them.</summary>
    public bool Remove(long committeeId, string recipient)
    {
        using var connection = database.Open();
        return connection.Execute("DELETE FROM briefing_recipients WHERE committee_id = @committeeId AND recipient = @recipient",
            new { committeeId, recipient = Normalise(recipient) }) == 1;
    }

    /// <summary>An email in lower case (the roster's case varies); an object id as given, trimmed.</summary>
    public static string Normalise(string recipient)
    {
        var trimmed = recipient.Trim();
        return IsEmail(trimmed) ? trimmed.ToLowerInvariant() : trimmed;
    }

    public static bool IsEmail(string recipient) => recipient.Contains('@', StringComparison.Ordinal);
}
