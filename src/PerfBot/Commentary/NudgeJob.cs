using Quartz;

namespace PerfBot.Commentary;

/// <summary>Each working day: asks owners for commentary on the exceptions of briefs composed in a few working days.</summary>
[DisallowConcurrentExecution]
public sealed class NudgeJob(NudgeDispatcher nudges, ILogger<NudgeJob> log) : IJob
{
    public const string Name = "commentary-nudges";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var run = await nudges.SendDueAsync(cancellationToken);
        log.LogInformation("Commentary nudges: {Due} brief(s) due soon, {Queued} owner(s) nudged or already nudged, {Unreachable} unreachable; {Sent} sent, {Failed} failed.",
            run.Due, run.Queued, run.Unreachable, run.Sending.Sent, run.Sending.Failed);
    }
}
