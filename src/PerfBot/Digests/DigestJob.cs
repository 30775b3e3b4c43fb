using System.Globalization;
using PerfBot.Committees;
using Quartz;
using PerfBot.Council;

namespace PerfBot.Digests;

/// <summary>
/// Sends one committee's weekly digest. The week and the as-of date come from the scheduled fire time, not the moment
/// it ran, so a digest fired late after downtime is the same digest — and the outbox's (committee, week) key sends it once.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DigestJob(CommitteeRepository committees, DigestDispatcher dispatcher, ILogger<DigestJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var committeeId = long.Parse(context.MergedJobDataMap.GetString(DigestJobSchedule.CommitteeIdKey)!, CultureInfo.InvariantCulture);
        var committee = committees.Committees().FirstOrDefault(c => c.Id == committeeId);
        if (committee is null)
        {
            log.LogWarning("Committee {CommitteeId} no longer exists; its digest job has nothing to send", committeeId);
            return;
        }
        var asOf = CouncilClock.DateOf(context.ScheduledFireTimeUtc ?? context.FireTimeUtc);
        var run = await dispatcher.RunAsync(committee, asOf, CouncilClock.WeekOf(asOf), cancellationToken);
        log.LogInformation("Digest {Week} of the {Committee}: {Sent} sent, {Failed} failed, {Channels} channel(s) linked",
            run.Digest.Week, committee.Name, run.Sending.Sent, run.Sending.Failed, run.Channels);
    }
}
