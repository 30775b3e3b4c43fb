using System.Globalization;
using Microsoft.Extensions.Options;
using Quartz;
using PerfBot.Council;

namespace PerfBot.Scheduling;

/// <summary>
/// Puts one digest job per committee, and the alert job, into the persistent job store. A trigger whose cron and time
/// zone have not changed is left alone: replacing it would forget a fire time missed while the service was down.
/// </summary>
public sealed class ScheduleSync(CommitteeSchedules schedules, IOptions<ScheduleOptions> options, TimeProvider clock)
{
    public sealed record ScheduledJob(IJobDetail Detail, TriggerKey Trigger, string Cron, string TimeZone);

    public IReadOnlyList<ScheduledJob> Wanted()
    {
        var o = options.Value;
        var jobs = schedules.All()
            .Select(s => new ScheduledJob(Triggers.DigestJobDetail(s.CommitteeId, s.Committee), Triggers.DigestTrigger(s.CommitteeId),
                s.Cron ?? o.DigestCron, s.TimeZone ?? o.TimeZone))
            .ToList();
        jobs.Add(new ScheduledJob(Triggers.AlertJobDetail(), Triggers.AlertTrigger, o.AlertCron, o.TimeZone));
        jobs.Add(new ScheduledJob(Triggers.OutboxJobDetail(), Triggers.OutboxTrigger, o.OutboxRetryCron, o.TimeZone));
        return jobs;
    }

    public async Task SyncAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var wanted = Wanted();
        foreach (var job in wanted)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(job.TimeZone);
            if (await scheduler.GetTrigger(job.Trigger, cancellationToken) is ICronTrigger existing
                && existing.CronExpressionString == job.Cron && existing.TimeZone.Id == zone.Id)
                continue;
            var trigger = Triggers.Cron(job.Trigger, job.Detail.Key, job.Cron, zone, options.Value.CatchUpWindow, clock, job.Detail.Description ?? job.Detail.Key.Name);
            await scheduler.ScheduleJob(job.Detail, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
        }
        // Committees that are gone take their jobs with them.
        var keep = wanted.Select(j => j.Detail.Key).ToHashSet();
        foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Triggers.Group), cancellationToken))
            if (!keep.Contains(key)) await scheduler.DeleteJob(key, cancellationToken);
    }

    internal static string Describe(DateTimeOffset? utc, string timeZone) => utc is not { } t ? "never"
        : TimeZoneInfo.ConvertTime(t, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).ToString("ddd d MMM yyyy HH:mm zzz", CouncilCulture.English);
}
