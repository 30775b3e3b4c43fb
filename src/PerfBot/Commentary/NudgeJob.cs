using Microsoft.Extensions.Options;
using PerfBot.Council;
using PerfBot.Scheduling;
using Quartz;

namespace PerfBot.Commentary;

/// <summary>Each working day: asks owners for commentary on the exceptions of briefs composed in a few working days.</summary>
[DisallowConcurrentExecution]
public sealed class NudgeJob(NudgeDispatcher nudges, ILogger<NudgeJob> log) : IJob
{
    public static readonly JobKey Key = new("commentary-nudges", "perfbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var run = await nudges.SendDueAsync(cancellationToken);
        log.LogInformation("Commentary nudges: {Due} brief(s) due soon, {Queued} owner(s) nudged or already nudged, {Unreachable} unreachable; {Sent} sent, {Failed} failed.",
            run.Due, run.Queued, run.Unreachable, run.Sending.Sent, run.Sending.Failed);
    }
}

/// <summary>The daily nudge check, at Nudges:Schedule in UK time; a missed day runs once on return.</summary>
public sealed class NudgeJobSchedule(IOptions<NudgeOptions> options) : IJobSchedule
{
    public IEnumerable<ScheduledJob> Jobs() =>
    [
        new(JobBuilder.Create<NudgeJob>().WithIdentity(NudgeJob.Key).WithDescription("Asks owners for commentary before briefs are composed").StoreDurably().Build(),
            options.Value.Schedule, CouncilClock.ZoneId, MissedFire.RunOnceOnReturn),
    ];
}
