using PerfBot.Cards;

namespace PerfBot.Conversations;

/// <summary>
/// What the bot says back: plain text (always present: it is the notification preview and the fallback where cards
/// are not rendered), an optional Adaptive Card, and optional suggested replies the user can tap.
/// </summary>
public sealed record ChatReply(string Text)
{
    public AdaptiveCard? Card { get; init; }
    public IReadOnlyList<ChatSuggestion> SuggestedActions { get; init; } = [];

    public static ChatReply WithCard(string text, AdaptiveCard card) => new(text) { Card = card with { FallbackText = card.FallbackText ?? text } };
}

/// <summary>A reply the user can tap: a short title to show, and the text it sends (which must make sense on its own).</summary>
public sealed record ChatSuggestion(string Title, string Text)
{
    public static ChatSuggestion Of(string text) => new(text, text);
}
