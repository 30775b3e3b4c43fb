using Quartz;

namespace PerfBot.Delivery;

/// <summary>
/// Sends what the outbox still holds unsent — a send that failed after the connector's own retries — so a digest does
/// not wait a week for the next run. Rows that keep failing (the bot was removed from the chat) are left after a limit.
/// </summary>
[DisallowConcurrentExecution]
public sealed class OutboxRetryJob(OutboxSender sender, ILogger<OutboxRetryJob> log) : IJob
{
    public const string Name = "outbox-retry";
    public const int MaxAttempts = 20;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var result = await sender.SendAsync(new OutboxScope { MaxAttempts = MaxAttempts }, cancellationToken);
        // Every ten minutes on every deployment: a run with nothing to do is logged only when asked for.
        var level = result == new OutboxSender.Result(0, 0, 0) ? LogLevel.Debug : LogLevel.Information;
        log.Log(level, "Outbox retry: {Sent} sent, {Failed} failed, {Skipped} held by another sender", result.Sent, result.Failed, result.Skipped);
    }
}
