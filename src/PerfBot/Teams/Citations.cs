using System.Text.Json;
using System.Text.Json.Serialization;
using PerfBot.Conversations;

namespace PerfBot.Teams;

/// <summary>
/// A reply's sources as Teams citations: one schema.org <c>Message</c> entity holding a <c>Claim</c> per source, each
/// numbered to match a [n] in the message text. No AI-generated label: PerfBot's answers are read from stored figures.
/// </summary>
internal static class Citations
{
    /// <summary>Teams refuses a message with more than ten.</summary>
    public const int Max = 10;

    public static IReadOnlyList<ChatCitation> Kept(IReadOnlyList<ChatCitation> citations) => citations.Take(Max).ToList();

    /// <summary>"Sources: [1] [2]", the in-text markers the citations hang on.</summary>
    public static string Markers(IReadOnlyList<ChatCitation> citations) =>
        (citations.Count == 1 ? "Source: " : "Sources: ") + string.Join(" ", citations.Select((_, i) => $"[{i + 1}]"));

    public static JsonElement Entity(IReadOnlyList<ChatCitation> citations) => JsonSerializer.SerializeToElement(
        new MessageEntity(citations.Select((c, i) => new Claim(i + 1, new DigitalDocument(Shorten(c.Title, 100), Shorten(c.Detail, 400)))).ToList()),
        ActivityJson.Options);

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";

    private sealed record MessageEntity(IReadOnlyList<Claim> Citation)
    {
        public string Type => "https://schema.org/Message";
        [JsonPropertyName("@type")] public string SchemaType => "Message";
        [JsonPropertyName("@context")] public string Context => "https://schema.org";
        [JsonPropertyName("@id")] public string Id => "";
    }

    private sealed record Claim(int Position, DigitalDocument Appearance)
    {
        [JsonPropertyName("@type")] public string SchemaType => "Claim";
    }

    private sealed record DigitalDocument(string Name, string Abstract)
    {
        [JsonPropertyName("@type")] public string SchemaType => "DigitalDocument";
    }
}
