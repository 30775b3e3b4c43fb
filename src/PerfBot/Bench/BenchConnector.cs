using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace PerfBot.Bench;

/// <summary>
/// A Bot Connector on loopback for the benchmark: answers every send as the real one does, times each reply from the
/// question it answers, and counts a second reply to a question that was answered already.
/// </summary>
public sealed class BenchConnector : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (long Sent, TaskCompletionSource<(double Ms, string Body)> Done)> _pending = new();
    private readonly ConcurrentDictionary<string, bool> _answered = new();
    private WebApplication _app = null!;
    private int _ids, _duplicates;

    public string Url { get; private set; } = "";

    /// <summary>Replies to a question that had had its reply.</summary>
    public int Duplicates => Volatile.Read(ref _duplicates);

    public static async Task<BenchConnector> StartAsync()
    {
        var connector = new BenchConnector();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/{tenant}/v3/conversations/{conversation}/activities/{replyTo}", (string replyTo, JsonObject reply) =>
        {
            if (connector._pending.TryRemove(replyTo, out var question))
            {
                connector._answered[replyTo] = true;
                question.Done.TrySetResult((Stopwatch.GetElapsedTime(question.Sent).TotalMilliseconds, reply.ToJsonString()));
            }
            else if (connector._answered.ContainsKey(replyTo))
            {
                Interlocked.Increment(ref connector._duplicates);
            }
            return Results.Json(new { id = $"reply-{Interlocked.Increment(ref connector._ids)}" }, statusCode: 201);
        });
        app.MapPost("/{tenant}/v3/conversations/{conversation}/activities", () => Results.Json(new { id = $"activity-{Interlocked.Increment(ref connector._ids)}" }, statusCode: 201));
        await app.StartAsync();
        connector._app = app;
        connector.Url = app.Urls.First();
        return connector;
    }

    /// <summary>The reply to the question with this activity id, once it comes: how long it took and what it said.</summary>
    public Task<(double Ms, string Body)> Expect(string questionId)
    {
        var done = new TaskCompletionSource<(double, string)>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[questionId] = (Stopwatch.GetTimestamp(), done);
        return done.Task;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
