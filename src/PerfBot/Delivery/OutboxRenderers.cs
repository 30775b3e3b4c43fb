using PerfBot.Conversations;

namespace PerfBot.Delivery;

/// <summary>Every feature's <see cref="IOutboxRenderer"/>, by kind: a stored message back into the message first composed.</summary>
public sealed class OutboxRenderers(IEnumerable<IOutboxRenderer> renderers)
{
    private readonly Dictionary<string, IOutboxRenderer> _byKind = renderers.ToDictionary(r => r.Kind, StringComparer.Ordinal);

    public ChatReply Reply(OutboxMessage message)
    {
        var reply = _byKind.TryGetValue(message.Kind, out var renderer) ? renderer.Render(message) : new ChatReply(message.Text);
        return reply with { Text = Preview(reply.Text) };
    }

    // The text is the notification preview and the card's fallback; the full text stays in the outbox and the verb.
    private static string Preview(string text) => text.Length <= 4000 ? text : text[..4000] + "…";
}
