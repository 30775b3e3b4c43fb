using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.Logging;
using PerfBot.Briefings;
using PerfBot.Graph;
using PerfBot.Store;
using PerfBot.Council;

namespace PerfBot.Calendar;

/// <summary>
/// Brings each committee's meetings for the next days from its Microsoft 365 group calendar into the store. Events are
/// matched to the committee by its subject pattern (default: the committee's name). Any Graph failure — 401, 403,
/// 429 beyond its retries, 5xx, a timeout — is logged and leaves the last known calendar as it was.
/// </summary>
public sealed class CalendarSync(Database database, Func<GraphCalendarReader> reader, GraphCalendarOptions options, TimeProvider clock, ILogger<CalendarSync> log)
{
    public sealed record Result(long CommitteeId, bool Ok, int EventsSeen, int MeetingsMatched, string? Error);

    public async Task<IReadOnlyList<Result>> SyncAllAsync(CancellationToken cancellationToken)
    {
        var results = new List<Result>();
        foreach (var s in new CommitteeBriefingSettingsStore(database).All().Where(s => s.CalendarGroupId is not null))
            results.Add(await SyncAsync(s, cancellationToken));
        return results;
    }

    public async Task<Result> SyncAsync(CommitteeBriefingSettings settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = CouncilClock.DateOf(now);
        var until = today.AddDays(options.DaysAhead);
        IReadOnlyList<CalendarEvent> events;
        try
        {
            events = await reader().EventsAsync(settings.CalendarGroupId!, now, now.AddDays(options.DaysAhead), cancellationToken);
        }
        catch (Exception e) when (IsGraphFailure(e, cancellationToken))
        {
            var error = Describe(e);
            log.LogWarning(e, "Calendar sync for committee {CommitteeId} (group {GroupId}) failed: {Error}. The last known meetings are kept.",
                settings.CommitteeId, settings.CalendarGroupId, error);
            Record(settings.CommitteeId, now, "failed", 0, 0, error);
            return new Result(settings.CommitteeId, false, 0, 0, error);
        }

        var pattern = Pattern(settings);
        var meetings = events
            .Where(e => !e.IsCancelled && e.Subject is { } subject && pattern.IsMatch(subject))
            .Select(e => (e.Id, e.Subject, Date: CouncilClock.DateOf(e.Start)))
            .Where(m => m.Date >= today && m.Date <= until)
            .GroupBy(m => m.Date).Select(g => g.First())
            .ToList();

        using (var connection = database.Open())
        using (var transaction = connection.BeginTransaction())
        {
            // Graph's view of the window replaces the last one: a moved or cancelled meeting disappears. Meetings entered
            // in the store are never touched, and on the same date the stored one wins.
            connection.Execute("DELETE FROM meetings WHERE committee_id = @CommitteeId AND origin = 'graph' AND meeting_date BETWEEN @From AND @Until",
                new { settings.CommitteeId, From = StoredDate.Of(today), Until = StoredDate.Of(until) }, transaction);
            foreach (var m in meetings)
                connection.Execute("""
                    INSERT INTO meetings (committee_id, meeting_date, title, origin, source, external_id)
                    VALUES (@CommitteeId, @Date, @Subject, 'graph', @Source, @Id)
                    ON CONFLICT (committee_id, meeting_date) DO NOTHING
                    """,
                    new { settings.CommitteeId, Date = StoredDate.Of(m.Date), m.Subject, m.Id, Source = $"Microsoft 365 group calendar {settings.CalendarGroupId}, synced {now:O}" }, transaction);
            transaction.Commit();
        }
        Record(settings.CommitteeId, now, "ok", events.Count, meetings.Count, null);
        log.LogInformation("Calendar sync for committee {CommitteeId}: {Events} event(s) in the next {Days} days, {Meetings} matched.",
            settings.CommitteeId, events.Count, options.DaysAhead, meetings.Count);
        return new Result(settings.CommitteeId, true, events.Count, meetings.Count, null);
    }

    private Regex Pattern(CommitteeBriefingSettings settings)
    {
        if (settings.CalendarSubjectPattern is { } configured)
            return new Regex(configured, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        using var connection = database.Open();
        var name = connection.QuerySingle<string>("SELECT name FROM committees WHERE id = @CommitteeId", new { settings.CommitteeId });
        return new Regex(Regex.Escape(name), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private void Record(long committeeId, DateTimeOffset at, string outcome, int events, int matched, string? error)
    {
        using var connection = database.Open();
        connection.Execute("""
            INSERT INTO calendar_sync_runs (committee_id, started_at, outcome, events_seen, meetings_matched, error)
            VALUES (@committeeId, @At, @outcome, @events, @matched, @error)
            """, new { committeeId, At = at.ToString("O"), outcome, events, matched, error });
    }

    private static bool IsGraphFailure(Exception e, CancellationToken cancellationToken) => GraphFailures.IsGraphFailure(e, cancellationToken);

    private static string Describe(Exception e) => GraphFailures.Describe(e);
}
