using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfBot.Questions.Conversing;

/// <summary>
/// A context as the store keeps it. Strict both ways: a row written by another version of PerfBot (a rolling upgrade
/// runs two at once) that lacks a field or has one this version does not know is refused whole rather than read with a
/// gap filled by a default, which could name a subject nobody asked about.
/// </summary>
public static class ContextJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static string Write(ConversationContext context) => JsonSerializer.Serialize(context, Options);

    /// <exception cref="JsonException">The text is not a context of this version's shape.</exception>
    public static ConversationContext Read(string json) => JsonSerializer.Deserialize<ConversationContext>(json, Options)
        ?? throw new JsonException("A stored conversation context is null.");
}
