namespace PerfBot.Delivery;

/// <summary>
/// Posts an outbox message to its stored conversation and returns the id of the activity the channel created. Sends go
/// through the channel's per-conversation rate-limited queue, which waits out 429s; a failure throws.
/// </summary>
public interface IOutboxDelivery
{
    Task<string?> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken);
}
