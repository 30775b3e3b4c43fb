using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfBot.Digests;

/// <summary>How digests and alerts are stored in the outbox and digests tables.</summary>
public static class DigestJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidDataException($"Stored {typeof(T).Name} is empty.");
}
