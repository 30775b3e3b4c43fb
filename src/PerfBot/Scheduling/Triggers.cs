using Quartz;

namespace PerfBot.Scheduling;

/// <summary>
/// The jobs and triggers PerfBot schedules. Every trigger is a cron in the council's time zone (so 08:00 stays 08:00
/// local across the clock changes) with an explicit misfire rule: a send missed while the service was down fires once
/// when it comes back within the catch-up window, and is skipped after it (DoNothing beyond the trigger's threshold).
/// </summary>
public static class Triggers
{
    public const string Group = "perfbot";
    public const string CommitteeIdKey = "committeeId";

    public static JobKey DigestJob(long committeeId) => new($"digest-{committeeId}", Group);
    public static TriggerKey DigestTrigger(long committeeId) => new($"digest-{committeeId}", Group);
    public static readonly JobKey AlertJob = new("officer-alerts", Group);
    public static readonly TriggerKey AlertTrigger = new("officer-alerts", Group);
    public static readonly JobKey OutboxJob = new("outbox-retry", Group);
    public static readonly TriggerKey OutboxTrigger = new("outbox-retry", Group);

    public static IJobDetail DigestJobDetail(long committeeId, string committee) =>
        JobBuilder.Create<DigestJob>()
            .WithIdentity(DigestJob(committeeId))
            .WithDescription($"Weekly digest of the {committee}")
            .UsingJobData(CommitteeIdKey, committeeId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .RequestRecovery() // a digest interrupted by a crash runs again on restart; the outbox keeps it to one send
            .Build();

    public static IJobDetail AlertJobDetail() =>
        JobBuilder.Create<OfficerAlertJob>()
            .WithIdentity(AlertJob)
            .WithDescription("Weekly officer alerts")
            .RequestRecovery()
            .Build();

    public static IJobDetail OutboxJobDetail() =>
        JobBuilder.Create<OutboxRetryJob>()
            .WithIdentity(OutboxJob)
            .WithDescription("Retry of unsent digests and alerts")
            .Build();

    public static ITrigger Cron(TriggerKey key, JobKey job, string cron, TimeZoneInfo zone, TimeSpan catchUpWindow, TimeProvider clock, string description) =>
        TriggerBuilder.Create(clock)
            .WithIdentity(key)
            .ForJob(job)
            .WithDescription(description)
            .WithSchedule(CronScheduleBuilder.Create(cron)
                .InTimeZone(zone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing))
            .WithMisfireThreshold(catchUpWindow)
            .StartAt(clock.GetUtcNow())
            .Build();
}
