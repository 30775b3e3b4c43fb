using PerfBot.Conversations;

namespace PerfBot.Delivery;

/// <summary>
/// Delivers outbox messages through the chat channel: the stored conversation reference, the connector's per-conversation
/// paced queue (429s waited out), and the card rebuilt from the stored payload, so a resend is the message first composed.
/// </summary>
public sealed class TeamsOutboxDelivery(IMessenger messenger, ConversationReferenceStore references, OutboxRenderers renderers) : IOutboxDelivery
{
    public Task<string?> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var to = references.Find(message.ConversationId)
            ?? throw new InvalidOperationException($"No conversation reference for {message.ConversationId}: the bot was removed from it.");
        return messenger.SendAsync(to, renderers.Reply(message), cancellationToken);
    }
}
