using Dapper;
using PerfBot.Store;

namespace PerfBot.Digests;

/// <summary>The digest_schedules table: each committee's cron and time zone, or the default.</summary>
public sealed class CommitteeSchedules(Database database)
{
    public sealed record Entry(long CommitteeId, string Committee, string? Cron, string? TimeZone);

    public IReadOnlyList<Entry> All()
    {
        using var connection = database.Open();
        return connection.Query<Entry>("""
            SELECT c.id AS committee_id, c.name AS committee, s.cron, s.time_zone
            FROM committees c LEFT JOIN digest_schedules s ON s.committee_id = c.id
            ORDER BY c.name
            """).ToList();
    }

    public void Set(long committeeId, string cron, string timeZone)
    {
        using var connection = database.Open();
        connection.Execute("""
            INSERT INTO digest_schedules (committee_id, cron, time_zone) VALUES (@committeeId, @cron, @timeZone)
            ON CONFLICT (committee_id) DO UPDATE SET cron = excluded.cron, time_zone = excluded.time_zone
            """, new { committeeId, cron, timeZone });
    }
}
