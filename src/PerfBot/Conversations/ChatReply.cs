using PerfBot.Cards;

namespace PerfBot.Conversations;

/// <summary>
/// What the bot says back: plain text (always present: it is the notification preview and the fallback where cards
/// are not rendered), an optional Adaptive Card, and optional suggested replies the user can tap.
/// </summary>
public sealed record ChatReply(string Text)
{
    public AdaptiveCard? Card { get; init; }
    public IReadOnlyList<string> SuggestedActions { get; init; } = [];

    public static ChatReply WithCard(string text, AdaptiveCard card) => new(text) { Card = card with { FallbackText = card.FallbackText ?? text } };
}
