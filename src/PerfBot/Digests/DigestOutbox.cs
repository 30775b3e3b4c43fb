using PerfBot.Conversations;
using PerfBot.Delivery;
using PerfBot.Store;

namespace PerfBot.Digests;

/// <summary>A digest in the outbox: its card, rebuilt from the digest as it was composed.</summary>
public sealed class DigestOutbox : IOutboxRenderer
{
    public const string Kind = "digest";

    string IOutboxRenderer.Kind => Kind;

    public ChatReply Render(OutboxMessage message) =>
        ChatReply.WithCard(message.Text, DigestCard.Build(StoredJson.Read<Digest>(message.PayloadJson)));
}

/// <summary>The conversations (team channels) linked to a committee, which receive its digests.</summary>
public interface ICommitteeChannels
{
    IReadOnlyList<string> ChannelsOf(long committeeId);
}

/// <summary>The team channels linked to a committee with "link committee".</summary>
public sealed class LinkedChannels(ConversationReferenceStore references) : ICommitteeChannels
{
    public IReadOnlyList<string> ChannelsOf(long committeeId) => references.ChannelsOfCommittee(committeeId).Select(r => r.ConversationId).ToList();
}
