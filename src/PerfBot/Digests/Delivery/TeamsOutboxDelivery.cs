using PerfBot.Alerts;
using PerfBot.Conversations;

namespace PerfBot.Digests.Delivery;

/// <summary>
/// Delivers outbox messages through the Teams channel: the stored conversation reference, the connector's per-conversation
/// paced queue (429s waited out), and the card rebuilt from the stored payload, so a resend is the message first composed.
/// </summary>
public sealed class TeamsOutboxDelivery(IMessenger messenger, ConversationReferenceStore references) : IOutboxDelivery
{
    public Task<string?> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var to = references.Find(message.ConversationId)
            ?? throw new InvalidOperationException($"No conversation reference for {message.ConversationId}: the bot was removed from it.");
        return messenger.SendAsync(to, Reply(message), cancellationToken);
    }

    public static ChatReply Reply(OutboxMessage message) => message.Kind switch
    {
        OutboxKinds.Digest => ChatReply.WithCard(Preview(message.Text), DigestCard.Build(DigestJson.Read<Digest>(message.PayloadJson))),
        OutboxKinds.Alert => ChatReply.WithCard(Preview(message.Text), AlertCard.Build(DigestJson.Read<OfficerAlert>(message.PayloadJson))),
        _ => new ChatReply(message.Text),
    };

    // The text is the notification preview and the card's fallback; the full text stays in the outbox and the verb.
    private static string Preview(string text) => text.Length <= 4000 ? text : text[..4000] + "…";
}

/// <summary>The team channels linked to a committee with "link committee".</summary>
public sealed class LinkedChannels(ConversationReferenceStore references) : ICommitteeChannels
{
    public IReadOnlyList<string> ChannelsOf(long committeeId) => references.ChannelsOfCommittee(committeeId).Select(r => r.ConversationId).ToList();
}
