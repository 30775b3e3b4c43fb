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

    /// <summary>Where the reply's facts come from (reports, agenda packs), for the channel to show as citations.</summary>
    public IReadOnlyList<ChatCitation> Citations { get; init; } = [];

    /// <summary>Set when the reply answers a question: the channel offers 👍/👎 on it and hands the reaction back with this.</summary>
    public AnsweredQuestion? Answered { get; init; }

    public static ChatReply WithCard(string text, AdaptiveCard card) => new(text) { Card = card with { FallbackText = card.FallbackText ?? text } };
}

/// <summary>A reply the user can tap: a short title to show, and the text it sends (which must make sense on its own).</summary>
public sealed record ChatSuggestion(string Title, string Text)
{
    public static ChatSuggestion Of(string text) => new(text, text);
}

/// <summary>One source a reply cites: a short title and the source as the store records it.</summary>
public sealed record ChatCitation(string Title, string Detail);

/// <summary>What a reply answered, without who asked: kept with the sent message so feedback on it can say what it was about.</summary>
public sealed record AnsweredQuestion(string Question, string Intent, IReadOnlyList<string> Indicators);

/// <summary>A member's 👍 or 👎 on a reply, with what they typed and what the reply answered (when still known).</summary>
public sealed record ChatFeedback(bool Liked, string? Comment, ChatUser From, ChatPlace Place, AnsweredQuestion? Answered);

/// <summary>Receives members' feedback on replies; the Questions feature keeps it in the question log.</summary>
public interface IChatFeedback
{
    void Receive(ChatFeedback feedback);
}
