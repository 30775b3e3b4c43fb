using Quartz;

namespace PerfBot.Scheduling;

/// <summary>What happens to a fire the service missed while it was down.</summary>
public enum MissedFire
{
    /// <summary>Runs once if the service is back within the catch-up window (Schedule:CatchUpWindow), else is skipped:
    /// a weekly digest a week late would only confuse.</summary>
    CatchUpWithinWindow,

    /// <summary>Runs once on return however late: for daily jobs that are themselves safe to run again.</summary>
    RunOnceOnReturn,
}

/// <summary>A job PerfBot keeps in Quartz's persistent store: what runs, on which cron in which time zone, and its misfire rule.</summary>
public sealed record ScheduledJob(IJobDetail Detail, string Cron, string TimeZone, MissedFire Missed)
{
    public const string Group = "perfbot";

    /// <summary>
    /// A job of PerfBot's group. Every one is durable (kept without a trigger) and asks for recovery: a run cut short by
    /// a crash runs again, which each job is written to allow.
    /// </summary>
    public static ScheduledJob Of<TJob>(string name, string description, string cron, string timeZone, MissedFire missed, JobDataMap? data = null) where TJob : IJob =>
        new(JobBuilder.Create<TJob>().WithIdentity(name, Group).WithDescription(description).UsingJobData(data ?? [])
            .StoreDurably().RequestRecovery().Build(), cron, timeZone, missed);

    public TriggerKey Trigger => Triggers.KeyOf(Detail.Key);

    public string Description => Detail.Description ?? Detail.Key.Name;
}

/// <summary>A feature's jobs, as they should be now (a committee added means one more digest job). Register with <c>AddJobSchedule&lt;T&gt;()</c>.</summary>
public interface IJobSchedule
{
    IEnumerable<ScheduledJob> Jobs();
}
