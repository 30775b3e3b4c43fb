using PerfBot.Telemetry;
using PerfBot.Testing;

namespace PerfBot.Delivery;

/// <summary>Sends unsent outbox messages: claim, deliver, mark sent with the activity id. A failed send stays unsent for the next run.</summary>
public sealed class OutboxSender(Outbox outbox, IOutboxDelivery delivery, PerfBotMetrics metrics, FaultInjection faults, ILogger<OutboxSender> log)
{
    public sealed record Result(int Sent, int Failed, int Skipped);

    public async Task<Result> SendAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        int sent = 0, failed = 0, skipped = 0;
        foreach (var message in messages)
        {
            if (!outbox.TryClaim(message.Id))
            {
                skipped++; // sent meanwhile, or another process holds it
                continue;
            }
            string? activityId;
            try
            {
                activityId = await delivery.DeliverAsync(message, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Could not deliver outbox message {Key}; it stays in the outbox", message.IdempotencyKey);
                outbox.MarkFailed(message.Id, e.Message);
                metrics.Failed($"send {message.Kind}");
                failed++;
                continue;
            }
            outbox.MarkSent(message.Id, activityId);
            metrics.Delivered(message.Kind);
            sent++;
            faults.Reached(FaultInjection.AfterSend);
        }
        return new Result(sent, failed, skipped);
    }

    /// <summary>Everything still unsent: what a restart delivers after a crash between compose and send.</summary>
    public Task<Result> SendAllUnsentAsync(CancellationToken cancellationToken) => SendAsync(outbox.Unsent(), cancellationToken);
}
