using System.Globalization;
using Microsoft.Extensions.Options;
using PerfBot.Scheduling;
using Quartz;

namespace PerfBot.Digests;

/// <summary>One digest job per committee, at its own cron (digest_schedules) or Schedule:DigestCron.</summary>
public sealed class DigestJobSchedule(CommitteeSchedules schedules, IOptions<ScheduleOptions> options) : IJobSchedule
{
    public const string CommitteeIdKey = "committeeId";

    public static JobKey Key(long committeeId) => new(Name(committeeId), ScheduledJob.Group);

    private static string Name(long committeeId) => $"digest-{committeeId}";

    // A digest interrupted by a crash runs again on restart; the outbox keeps it to one send.
    public IEnumerable<ScheduledJob> Jobs() => schedules.All().Select(s => ScheduledJob.Of<DigestJob>(
        Name(s.CommitteeId), $"Weekly digest of the {s.Committee}", s.Cron ?? options.Value.DigestCron, s.TimeZone ?? options.Value.TimeZone,
        MissedFire.CatchUpWithinWindow, new JobDataMap { [CommitteeIdKey] = s.CommitteeId.ToString(CultureInfo.InvariantCulture) }));
}
