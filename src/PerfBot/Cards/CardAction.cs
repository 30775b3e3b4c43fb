using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PerfBot.Cards;

/// <summary>A button. Submit and Execute carry <see cref="Data"/> back to the bot.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
public abstract record CardAction(string Title)
{
    public string? Id { get; init; }

    /// <summary>"positive" or "destructive"; null for the default look.</summary>
    public string? Style { get; init; }
}

/// <summary>
/// Sends <see cref="Data"/> to the bot as a message. By PerfBot's convention, data with an "ask" string is handled as if
/// the user had typed it, so buttons can ask follow-up questions: <c>SubmitAction.Ask("What's red?")</c>.
/// </summary>
public sealed record SubmitAction(string Title) : CardAction(Title)
{
    public JsonObject? Data { get; init; }

    public static SubmitAction Ask(string question, string? title = null) =>
        new(title ?? question) { Data = new JsonObject { [CardData.AskKey] = question } };
}

/// <summary>Universal Action: arrives as an invoke and its answer (a card) replaces the card it came from.</summary>
public sealed record ExecuteAction(string Title) : CardAction(Title)
{
    public string? Verb { get; init; }
    public JsonObject? Data { get; init; }

    public static ExecuteAction Ask(string question, string? title = null) =>
        new(title ?? question) { Verb = CardData.AskVerb, Data = new JsonObject { [CardData.AskKey] = question } };
}

public sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardAction(Title);

public sealed record ToggleVisibilityAction(string Title, IReadOnlyList<string> TargetElements) : CardAction(Title);

public sealed record OpenUrlAction(string Title, string Url) : CardAction(Title);

/// <summary>The names the bot and its cards agree on for action data.</summary>
public static class CardData
{
    public const string AskKey = "ask";
    public const string AskVerb = "ask";
}
