using PerfBot.Telemetry;
using PerfBot.Testing;

namespace PerfBot.Delivery;

/// <summary>
/// Sends a scope's unsent outbox messages: claims them a batch at a time, delivers each, marks it sent with the activity
/// id. A failed send stays unsent for the next run; a message another sender holds is left to it.
/// </summary>
public sealed class OutboxSender(Outbox outbox, IOutboxDelivery delivery, PerfBotMetrics metrics, FaultInjection faults, ILogger<OutboxSender> log)
{
    /// <param name="Skipped">Messages of the scope another sender held when this run ended.</param>
    public sealed record Result(int Sent, int Failed, int Skipped);

    public async Task<Result> SendAsync(OutboxScope scope, CancellationToken cancellationToken)
    {
        var claim = outbox.NewClaim();
        int sent = 0, failed = 0;
        // Forward through the ids, so a message that failed is not taken again in the same run.
        for (var batch = outbox.Claim(scope, claim); batch.Count > 0; batch = outbox.Claim(scope, claim, batch[^1].Id))
        {
            IReadOnlySet<long>? held = null; // the whole batch, as just claimed
            foreach (var message in batch)
            {
                if (outbox.NeedsRenewal(claim)) held = outbox.Renew(claim);
                if (held is not null && !held.Contains(message.Id)) continue; // taken over after the lease ran out
                if (await DeliverAsync(message, claim, cancellationToken)) sent++;
                else failed++;
            }
        }
        return new Result(sent, failed, outbox.HeldByOthers(scope, claim));
    }

    private async Task<bool> DeliverAsync(OutboxMessage message, OutboxClaim claim, CancellationToken cancellationToken)
    {
        string? activityId;
        try
        {
            activityId = await delivery.DeliverAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Could not deliver outbox message {Key}; it stays in the outbox", message.IdempotencyKey);
            outbox.MarkFailed(message.Id, claim, e.Message);
            metrics.Failed($"send {message.Kind}");
            return false;
        }
        outbox.MarkSent(message.Id, activityId);
        metrics.Delivered(message.Kind);
        faults.Reached(FaultInjection.AfterSend);
        return true;
    }

    /// <summary>Everything still unsent: what a restart delivers after a crash between compose and send.</summary>
    public Task<Result> SendAllUnsentAsync(CancellationToken cancellationToken) => SendAsync(OutboxScope.Everything, cancellationToken);
}
