using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace PerfBot.Bench;

/// <summary>
/// A Bot Connector on loopback for the benchmark: answers every send as the real one does, times each reply from the
/// question it answers, checks that it is a message replying to that question in that question's chat with something
/// to show, and counts a second reply to a question that was answered already. It reads each reply with a pooled
/// <see cref="JsonDocument"/> and keeps its text only when asked, since it shares the cores with the serve it measures.
/// </summary>
public sealed class BenchConnector : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Pending> _pending = new();
    private readonly ConcurrentDictionary<string, bool> _answered = new();
    private readonly ConcurrentDictionary<string, string> _serviceUrls = new();
    private WebApplication _app = null!;
    private int _ids, _duplicates;

    private sealed record Pending(long Sent, bool KeepBody, TaskCompletionSource<(double Ms, string Body)> Done);

    public string Url { get; private set; } = "";

    /// <summary>Replies to a question that had had its reply.</summary>
    public int Duplicates => Volatile.Read(ref _duplicates);

    /// <summary>The serviceUrl a tenant's activities carry: where the bot sends that tenant's replies.</summary>
    public string ServiceUrl(string tenant) => _serviceUrls.GetOrAdd(tenant, t => $"{Url}/{t}/");

    public static async Task<BenchConnector> StartAsync()
    {
        var connector = new BenchConnector();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/{tenant}/v3/conversations/{conversation}/activities/{replyTo}", connector.ReplyAsync);
        app.MapPost("/{tenant}/v3/conversations/{conversation}/activities", (HttpContext _) => connector.Created("activity"));
        await app.StartAsync();
        connector._app = app;
        connector.Url = app.Urls.First();
        return connector;
    }

    private async Task<IResult> ReplyAsync(HttpContext http, string conversation, string replyTo)
    {
        using var reply = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted);
        if (_pending.TryRemove(replyTo, out var question))
        {
            _answered[replyTo] = true;
            var ms = Stopwatch.GetElapsedTime(question.Sent).TotalMilliseconds;
            if (Wrong(reply.RootElement, conversation, replyTo) is { } wrong)
                question.Done.TrySetException(new InvalidOperationException($"The reply to question {replyTo} {wrong}: {Shortened(reply.RootElement.GetRawText())}"));
            else
                question.Done.TrySetResult((ms, question.KeepBody ? reply.RootElement.GetRawText() : ""));
        }
        else if (_answered.ContainsKey(replyTo))
        {
            Interlocked.Increment(ref _duplicates);
        }
        return Created("reply");
    }

    private IResult Created(string kind) =>
        Results.Content($$"""{"id":"{{kind}}-{{Interlocked.Increment(ref _ids)}}"}""", "application/json", statusCode: StatusCodes.Status201Created);

    /// <summary>What is wrong with a reply, or null: Teams would show it as the answer to that question in that chat.</summary>
    private static string? Wrong(JsonElement reply, string conversation, string replyTo)
    {
        if (reply.ValueKind != JsonValueKind.Object) return "is not a JSON object";
        if (!Is(reply, "type", "message")) return "is not a message";
        if (!Is(reply, "replyToId", replyTo)) return "does not name the question in replyToId";
        if (!reply.TryGetProperty("conversation", out var chat) || chat.ValueKind != JsonValueKind.Object || !Is(chat, "id", conversation))
            return "is not in the question's conversation";
        var hasText = reply.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String && text.GetString() is { Length: > 0 };
        var hasCard = reply.TryGetProperty("attachments", out var cards) && cards.ValueKind == JsonValueKind.Array && cards.GetArrayLength() > 0;
        return hasText || hasCard ? null : "has neither text nor an attachment";
    }

    private static bool Is(JsonElement element, string property, string expected) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.ValueEquals(expected);

    private static string Shortened(string json) => json.Length <= 500 ? json : json[..500] + "…";

    /// <summary>The reply to the question with this activity id, once it comes: how long it took, and what it said when <paramref name="keepBody"/>.</summary>
    public Task<(double Ms, string Body)> Expect(string questionId, bool keepBody = true)
    {
        var done = new TaskCompletionSource<(double, string)>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[questionId] = new Pending(Stopwatch.GetTimestamp(), keepBody, done);
        return done.Task;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
