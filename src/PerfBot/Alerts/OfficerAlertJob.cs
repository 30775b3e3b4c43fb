using PerfBot.Alerts;
using Quartz;
using PerfBot.Council;

namespace PerfBot.Alerts;

/// <summary>Sends officers the week's changes to the indicators they follow or own; nothing to those with none.</summary>
[DisallowConcurrentExecution]
public sealed class OfficerAlertJob(AlertDispatcher dispatcher, ILogger<OfficerAlertJob> log) : IJob
{
    public const string Name = "officer-alerts";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var asOf = CouncilClock.DateOf(context.ScheduledFireTimeUtc ?? context.FireTimeUtc);
        var run = await dispatcher.RunAsync(asOf, cancellationToken);
        log.LogInformation("Officer alerts as of {AsOf}: {Composed} composed, {Sent} sent, {Failed} failed", asOf, run.Composed, run.Sending.Sent, run.Sending.Failed);
    }
}
