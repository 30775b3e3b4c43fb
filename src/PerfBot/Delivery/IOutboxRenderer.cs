using PerfBot.Conversations;

namespace PerfBot.Delivery;

/// <summary>
/// Turns one kind of stored outbox payload back into the message first composed ("digest", "alert", …). Each feature
/// that sends through the outbox registers one with <c>AddOutboxRenderer&lt;T&gt;()</c>, so delivery needs to know no
/// feature's types.
/// </summary>
public interface IOutboxRenderer
{
    string Kind { get; }

    ChatReply Render(OutboxMessage message);
}
