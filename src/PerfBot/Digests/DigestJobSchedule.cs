using System.Globalization;
using Microsoft.Extensions.Options;
using PerfBot.Scheduling;
using Quartz;

namespace PerfBot.Digests;

/// <summary>One digest job per committee, at its own cron (digest_schedules) or Schedule:DigestCron.</summary>
public sealed class DigestJobSchedule(CommitteeSchedules schedules, IOptions<ScheduleOptions> options) : IJobSchedule
{
    public const string Group = "perfbot";
    public const string CommitteeIdKey = "committeeId";

    public static JobKey Key(long committeeId) => new($"digest-{committeeId}", Group);

    public IEnumerable<ScheduledJob> Jobs() => schedules.All().Select(s =>
        new ScheduledJob(Detail(s.CommitteeId, s.Committee), s.Cron ?? options.Value.DigestCron, s.TimeZone ?? options.Value.TimeZone, MissedFire.CatchUpWithinWindow));

    private static IJobDetail Detail(long committeeId, string committee) =>
        JobBuilder.Create<DigestJob>()
            .WithIdentity(Key(committeeId))
            .WithDescription($"Weekly digest of the {committee}")
            .UsingJobData(CommitteeIdKey, committeeId.ToString(CultureInfo.InvariantCulture))
            .RequestRecovery() // a digest interrupted by a crash runs again on restart; the outbox keeps it to one send
            .Build();
}
