using Quartz;

namespace PerfBot.Scheduling;

/// <summary>On start, before Quartz's own hosted service starts the scheduler: brings the job store's jobs in line with what the features want.</summary>
public sealed class SchedulingStartup(ISchedulerFactory schedulers, ScheduleSync sync) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) =>
        await sync.SyncAsync(await schedulers.GetScheduler(cancellationToken), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
