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
