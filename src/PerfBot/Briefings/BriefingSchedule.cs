using Microsoft.Extensions.Options;
using PerfBot.Calendar;
using PerfBot.Scheduling;
using Quartz;

namespace PerfBot.Briefings;

/// <summary>
/// Puts the briefing job (and, when a Graph calendar is configured, the calendar sync) into the job store. A trigger
/// whose cron has not changed is left alone, so a fire missed while the service was down is still caught up.
/// </summary>
public sealed class BriefingSchedule(IOptions<BriefingOptions> briefings, IOptions<GraphCalendarOptions> calendar, TimeProvider clock) : IScheduleContributor
{
    public async Task SyncAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        foreach (var job in BriefingJobs.Wanted(briefings.Value, calendar.Value, clock))
        {
            if (await scheduler.GetTrigger(job.Trigger.Key, cancellationToken) is ICronTrigger existing
                && job.Trigger is ICronTrigger wanted && existing.CronExpressionString == wanted.CronExpressionString)
                continue;
            await scheduler.ScheduleJob(job.Detail, [job.Trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
        }
    }
}
