using Quartz;

namespace PerfBot.Scheduling;

/// <summary>A feature's own jobs, put into the job store when the scheduler starts (briefings, calendar sync).</summary>
public interface IScheduleContributor
{
    Task SyncAsync(IScheduler scheduler, CancellationToken cancellationToken);
}
