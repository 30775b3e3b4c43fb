using Quartz;
using PerfBot.Calendar;
using PerfBot.Council;

namespace PerfBot.Briefings;

/// <summary>
/// The Quartz jobs of issue 7, as job details and triggers for the lead to put into the persistent store beside the
/// digest jobs (the digests' schedule sync does exactly this for its own). Both run daily at a cron in UK time, so the
/// hour holds across the clock changes. Misfires fire once on return (FireAndProceed): both jobs are idempotent, and
/// the briefing job itself catches up any brief whose send day has passed but whose meeting has not.
/// The jobs need AddBriefings(), AddCalendarSync() and an <see cref="IBriefDelivery"/> in DI.
/// </summary>
public static class BriefingJobs
{
    public sealed record ScheduledJob(IJobDetail Detail, ITrigger Trigger);

    public static IReadOnlyList<ScheduledJob> Wanted(BriefingOptions briefings, GraphCalendarOptions calendar, TimeProvider clock)
    {
        var jobs = new List<ScheduledJob>
        {
            Daily<BriefingJob>(BriefingJob.Key, briefings.Schedule, "Sends the pre-meeting briefs due today", clock),
        };
        if (calendar.IsConfigured)
            jobs.Add(Daily<CalendarSyncJob>(CalendarSyncJob.Key, calendar.Schedule, "Syncs committee meetings from their group calendars", clock));
        return jobs;
    }

    private static ScheduledJob Daily<T>(JobKey key, string cron, string description, TimeProvider clock) where T : IJob =>
        new(JobBuilder.Create<T>().WithIdentity(key).WithDescription(description).StoreDurably().Build(),
            TriggerBuilder.Create(clock)
                .WithIdentity(new TriggerKey(key.Name, key.Group))
                .ForJob(key)
                .WithDescription(description)
                .WithSchedule(CronScheduleBuilder.Create(cron)
                    .InTimeZone(CouncilClock.Zone)
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .StartAt(clock.GetUtcNow())
                .Build());
}
