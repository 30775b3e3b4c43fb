using PerfBot.Digests.Delivery;
using Quartz;

namespace PerfBot.Scheduling;

/// <summary>
/// On start: brings the job store's jobs in line with the committees and their schedules, then sends whatever the
/// outbox still holds unsent — a digest composed just before a crash goes out now, once.
/// </summary>
public sealed class SchedulingStartup(ISchedulerFactory schedulers, ScheduleSync sync, IServiceProvider services, ILogger<SchedulingStartup> log) : IHostedService
{
    private Task _sweep = Task.CompletedTask;
    private readonly CancellationTokenSource _stopping = new();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await sync.SyncAsync(scheduler, cancellationToken);
        foreach (var contributor in services.GetServices<IScheduleContributor>()) await contributor.SyncAsync(scheduler, cancellationToken);
        if (services.GetService<IOutboxDelivery>() is null)
        {
            log.LogWarning("No delivery is configured: digests and alerts are composed into the outbox but not sent");
            return;
        }
        _sweep = Task.Run(() => SweepAsync(_stopping.Token), CancellationToken.None);
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await services.GetRequiredService<OutboxSender>().SendAllUnsentAsync(cancellationToken);
            if (result.Sent + result.Failed > 0)
                log.LogInformation("Outbox on start: {Sent} unsent message(s) sent, {Failed} failed", result.Sent, result.Failed);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Sending the outbox on start failed; the messages stay there for the next run");
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _sweep.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
    }
}
