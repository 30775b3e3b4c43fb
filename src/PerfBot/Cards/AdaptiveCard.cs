using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfBot.Cards;

/// <summary>
/// An Adaptive Card at the schema version Teams renders on desktop, web and mobile (1.5).
/// Build it from the typed elements in this folder and turn it into JSON with <see cref="ToJson"/>.
/// </summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body)
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string SchemaVersion = "1.5";

    [JsonPropertyName("type")] public string Type => "AdaptiveCard";
    [JsonPropertyName("$schema")] public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";
    public string Version => SchemaVersion;
    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>What clients that cannot render the card show instead.</summary>
    public string? FallbackText { get; init; }

    /// <summary>Teams-only: let the card use the full width of the message pane.</summary>
    [JsonPropertyName("msteams")] public TeamsCardOptions? Teams { get; init; } = TeamsCardOptions.FullWidth;

    public AdaptiveCard(params CardElement[] body) : this((IReadOnlyList<CardElement>)body) { }

    public string ToJson() => JsonSerializer.Serialize(this, CardJson.Options);

    public JsonElement ToJsonElement() => JsonSerializer.SerializeToElement(this, CardJson.Options);
}

public sealed record TeamsCardOptions(string Width)
{
    public static TeamsCardOptions FullWidth { get; } = new("Full");
}

/// <summary>The one set of serializer settings every card is written with.</summary>
public static class CardJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
