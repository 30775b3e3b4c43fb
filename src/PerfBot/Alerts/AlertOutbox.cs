using PerfBot.Conversations;
using PerfBot.Delivery;
using PerfBot.Store;

namespace PerfBot.Alerts;

/// <summary>An officer's alert in the outbox: its card, rebuilt from the alert as it was composed.</summary>
public sealed class AlertOutbox : IOutboxRenderer
{
    public const string Kind = "alert";

    string IOutboxRenderer.Kind => Kind;

    public ChatReply Render(OutboxMessage message) =>
        ChatReply.WithCard(message.Text, AlertCard.Build(StoredJson.Read<OfficerAlert>(message.PayloadJson)));
}
