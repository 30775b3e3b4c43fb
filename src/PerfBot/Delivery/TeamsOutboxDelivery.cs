using PerfBot.Conversations;

namespace PerfBot.Delivery;

/// <summary>
/// Delivers outbox messages through the chat channel: to a stored conversation reference, or to a person in a 1:1 chat
/// started for them, through the connector's per-conversation paced queue (429s waited out), with the card rebuilt from
/// the stored payload, so a resend is the message first composed.
/// </summary>
public sealed class TeamsOutboxDelivery(IMessenger messenger, ConversationReferenceStore references, OutboxRenderers renderers) : IOutboxDelivery
{
    public async Task<string?> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var reply = renderers.Reply(message);
        switch (message.To)
        {
            case OutboxAddress.Person person:
                var tenant = person.TenantId ?? references.All().FirstOrDefault(r => r.TenantId is not null)?.TenantId
                    ?? throw new InvalidOperationException("No tenant is known: set the committee's tenant (perfbot briefing-settings --tenant), or install PerfBot in a team first.");
                return (await messenger.StartPersonalChatAsync(person.AadObjectId, tenant, reply, cancellationToken)).MessageId;
            case OutboxAddress.Conversation conversation:
                var to = references.Find(conversation.ConversationId)
                    ?? throw new InvalidOperationException($"No conversation reference for {conversation.ConversationId}: the bot was removed from it.");
                return await messenger.SendAsync(to, reply, cancellationToken);
            default:
                throw new InvalidOperationException($"Outbox message {message.IdempotencyKey} has no address.");
        }
    }
}
