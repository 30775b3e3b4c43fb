using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;

namespace PerfBot.Bench;

/// <summary>
/// The message activity Teams posts to /api/messages when a member writes in their 1:1 chat with the bot, written as
/// UTF-8 JSON straight into a buffer this client reuses: the client shares the cores with the serve it measures, so it
/// builds no JSON tree per question and keeps no buffer it could use again.
/// </summary>
internal sealed class MemberActivity : IDisposable
{
    private static readonly ConcurrentBag<MemberActivity> Idle = [];

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _writer;

    private MemberActivity() => _writer = new Utf8JsonWriter(_buffer);

    /// <summary>A writer from the pool; <see cref="Dispose"/> puts it back once its request has been sent.</summary>
    public static MemberActivity Rent() => Idle.TryTake(out var idle) ? idle : new MemberActivity();

    /// <param name="serviceUrl">Where the bot is to reply: the connector's address for the member's tenant.</param>
    public ReadOnlyMemoryContent Write(string id, string serviceUrl, int member, string tenant, string text)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        var w = _writer;
        w.WriteStartObject();
        w.WriteString("type", "message");
        w.WriteString("id", id);
        w.WriteString("timestamp", DateTimeOffset.UtcNow);
        w.WriteString("serviceUrl", serviceUrl);
        w.WriteString("channelId", "msteams");
        w.WriteStartObject("from");
        w.WriteString("id", $"29:member-{member}");
        w.WriteString("name", "Benchmark member");
        w.WriteString("aadObjectId", $"aad-member-{member}");
        w.WriteEndObject();
        w.WriteStartObject("recipient");
        w.WriteString("id", "28:perfbot-bench");
        w.WriteString("name", "PerfBot");
        w.WriteEndObject();
        w.WriteStartObject("conversation");
        w.WriteString("id", $"a:member-{member}");
        w.WriteString("conversationType", "personal");
        w.WriteString("tenantId", tenant);
        w.WriteEndObject();
        w.WriteString("text", text);
        w.WriteString("textFormat", "plain");
        w.WriteString("locale", "en-GB");
        w.WriteStartObject("channelData");
        w.WriteStartObject("tenant");
        w.WriteString("id", tenant);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
        var content = new ReadOnlyMemoryContent(_buffer.WrittenMemory);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        return content;
    }

    public void Dispose() => Idle.Add(this);
}
