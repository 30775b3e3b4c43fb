namespace PerfBot.Delivery;

/// <summary>On start: sends whatever the outbox still holds unsent, so a digest composed just before a crash goes out now, once.</summary>
public sealed class OutboxStartupSweep(IServiceProvider services, ILogger<OutboxStartupSweep> log) : IHostedService
{
    private Task _sweep = Task.CompletedTask;
    private readonly CancellationTokenSource _stopping = new();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _sweep = Task.Run(() => SweepAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await services.GetRequiredService<OutboxSender>().SendAllUnsentAsync(cancellationToken);
            log.LogInformation("Outbox on start: {Sent} unsent message(s) sent, {Failed} failed, {Skipped} held by another sender",
                result.Sent, result.Failed, result.Skipped);
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
