using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfBot.Store;

/// <summary>How composed messages (digests, alerts) are kept in the store as JSON: the digests and outbox tables.</summary>
public static class StoredJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidDataException($"Stored {typeof(T).Name} is empty.");
}
