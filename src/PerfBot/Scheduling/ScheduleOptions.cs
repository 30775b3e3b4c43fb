using System.ComponentModel.DataAnnotations;
using PerfBot.Council;

namespace PerfBot.Scheduling;

/// <summary>When digests and alerts go out, bound from the "Schedule" configuration section.</summary>
public sealed class ScheduleOptions
{
    public const string Section = "Schedule";

    /// <summary>A committee's digest unless its row in digest_schedules says otherwise (Quartz cron): Mondays 08:00.</summary>
    [Required] public string DigestCron { get; set; } = "0 0 8 ? * MON";

    /// <summary>Officers' weekly alerts: Mondays 08:30, after the digests.</summary>
    [Required] public string AlertCron { get; set; } = "0 30 8 ? * MON";

    /// <summary>How often sends that failed (connector down, retries spent) are tried again: every 10 minutes.</summary>
    [Required] public string OutboxRetryCron { get; set; } = "0 0/10 * * * ?";

    [Required] public string TimeZone { get; set; } = CouncilClock.ZoneId;

    /// <summary>A send missed while the service was down still goes out if it comes back within this; later, it is skipped.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")] public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How often each instance of a cluster (a PostgreSQL store) tells the others it is alive; an instance silent for
    /// about this plus 7.5 s is taken for dead, and the jobs it was running that ask for recovery run on another.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")] public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);
}
