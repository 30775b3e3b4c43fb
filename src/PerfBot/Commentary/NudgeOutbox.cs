using PerfBot.Conversations;
using PerfBot.Delivery;
using PerfBot.Store;

namespace PerfBot.Commentary;

/// <summary>A nudge in the outbox: its card, rebuilt from the nudge as composed.</summary>
public sealed class NudgeOutbox : IOutboxRenderer
{
    public const string Kind = "nudge";

    string IOutboxRenderer.Kind => Kind;

    public ChatReply Render(OutboxMessage message) =>
        ChatReply.WithCard(message.Text, NudgeCard.Build(StoredJson.Read<Nudge>(message.PayloadJson)));

    /// <summary>One nudge per owner per meeting's brief, whatever reruns and restarts happen.</summary>
    public static string Key(long committeeId, DateOnly meeting, string ownerAadObjectId) =>
        $"nudge:{committeeId}:{meeting:yyyy-MM-dd}:{ownerAadObjectId.ToLowerInvariant()}";
}
