using Microsoft.Extensions.Logging;
using Quartz;

namespace PerfBot.Briefings;

/// <summary>Daily: sends the briefs that are due (N working days before each meeting) and not yet sent.</summary>
[DisallowConcurrentExecution]
public sealed class BriefsDueJob(BriefDispatcher briefings, ILogger<BriefsDueJob> log) : IJob
{
    public const string Name = "briefings-due";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var outcomes = await briefings.SendDueAsync(cancellationToken);
        log.LogInformation("Briefings due today: {Count} meeting(s), {Sent} message(s) sent, {Failed} failed.",
            outcomes.Count, outcomes.Sum(o => o.Sent), outcomes.Sum(o => o.Failed));
    }
}
