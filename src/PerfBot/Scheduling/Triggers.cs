using Quartz;

namespace PerfBot.Scheduling;

/// <summary>
/// The one trigger factory: every trigger is a cron in its time zone (so 08:00 stays 08:00 on the council's wall across
/// the clock changes) with its misfire rule stated, never Quartz's default.
/// </summary>
public static class Triggers
{
    /// <summary>Each job has one trigger, named as the job is.</summary>
    public static TriggerKey KeyOf(JobKey job) => new(job.Name, job.Group);

    public static ITrigger For(ScheduledJob job, TimeSpan catchUpWindow, TimeProvider clock) =>
        Cron(job.Trigger, job.Detail.Key, job.Cron, TimeZoneInfo.FindSystemTimeZoneById(job.TimeZone), job.Missed, catchUpWindow, clock, job.Description);

    public static ITrigger Cron(TriggerKey key, JobKey job, string cron, TimeZoneInfo zone, MissedFire missed, TimeSpan catchUpWindow, TimeProvider clock, string description)
    {
        var schedule = CronScheduleBuilder.Create(cron).InTimeZone(zone);
        var builder = TriggerBuilder.Create(clock).WithIdentity(key).ForJob(job).WithDescription(description).StartAt(clock.GetUtcNow());
        return missed switch
        {
            // DoNothing beyond the threshold: Quartz counts a fire as missed only once it is later than the threshold.
            MissedFire.CatchUpWithinWindow => builder.WithSchedule(schedule.WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing))
                .WithMisfireThreshold(catchUpWindow).Build(),
            _ => builder.WithSchedule(schedule.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)).Build(),
        };
    }

    /// <summary>Whether the stored trigger already fires as wanted: replacing it would forget a fire missed while the service was down.</summary>
    public static bool Matches(ITrigger? existing, ScheduledJob wanted, TimeSpan catchUpWindow) =>
        existing is ICronTrigger cron
        && cron.CronExpressionString == wanted.Cron
        && cron.TimeZone.Id == TimeZoneInfo.FindSystemTimeZoneById(wanted.TimeZone).Id
        && cron.MisfireInstruction == (wanted.Missed == MissedFire.CatchUpWithinWindow ? CronTriggerMisfireInstruction.DoNothing : CronTriggerMisfireInstruction.FireAndProceed)
        && (wanted.Missed != MissedFire.CatchUpWithinWindow || cron.MisfireThreshold == catchUpWindow);
}
