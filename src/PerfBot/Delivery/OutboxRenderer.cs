using PerfBot.Cards;
using PerfBot.Conversations;
using PerfBot.Store;

namespace PerfBot.Delivery;

/// <summary>A kind of outbox message whose payload is what its feature composed (a digest, an alert), drawn as a card again on every send.</summary>
public sealed class OutboxRenderer<T>(string kind, Func<T, AdaptiveCard> card) : IOutboxRenderer
{
    public string Kind => kind;

    public ChatReply Render(OutboxMessage message) => ChatReply.WithCard(message.Text, card(StoredJson.Read<T>(message.PayloadJson)));
}
