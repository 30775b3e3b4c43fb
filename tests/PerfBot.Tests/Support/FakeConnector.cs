using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PerfBot.Tests.Support;

/// <summary>
/// A Bot Connector on loopback that records every call it receives and answers as the real one does
/// (201 with an id; a new conversation's id for POST v3/conversations). Answers can be scripted, e.g. a 429 first.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    public sealed record Call(string Method, string Path, string? Authorization, JsonElement Body, DateTimeOffset At);

    private readonly ConcurrentQueue<Call> _calls = new();
    private readonly ConcurrentQueue<Func<HttpContext, IResult?>> _script = new();
    private LoopbackServer _server = null!;
    private int _ids;

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        connector._server = await LoopbackServer.StartAsync(app => app.Map("/v3/{**rest}", (Delegate)connector.HandleAsync));
        return connector;
    }

    /// <summary>The serviceUrl activities carry, with the trailing slash Teams uses.</summary>
    public string ServiceUrl => _server.BaseUrl;

    public IReadOnlyList<Call> Calls => _calls.ToList();

    /// <summary>The next call gets this answer instead of the normal one (return null to answer normally).</summary>
    public void ThenAnswer(Func<HttpContext, IResult?> answer) => _script.Enqueue(answer);

    public async Task<IReadOnlyList<Call>> WaitForCallsAsync(int count, TimeSpan? timeout = null, Func<Call, bool>? where = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var calls = Calls.Where(where ?? (_ => true)).ToList();
            if (calls.Count >= count || DateTimeOffset.UtcNow > deadline) return calls;
            await Task.Delay(20);
        }
    }

    /// <summary>Members the roster knows, by the id their messages carry, answered to GET …/members/{id} as Teams does.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, object> Members { get; } = new();

    private async Task<IResult> HandleAsync(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method))
        {
            _calls.Enqueue(new Call("GET", http.Request.Path.Value!, http.Request.Headers.Authorization.FirstOrDefault(), JsonSerializer.SerializeToElement(new { }), DateTimeOffset.UtcNow));
            var member = http.Request.Path.Value!.Split("/members/") is [_, var memberId] ? Uri.UnescapeDataString(memberId) : null;
            return member is not null && Members.TryGetValue(member, out var profile)
                ? Results.Json(profile)
                : Results.Json(new { error = new { code = "MemberNotFoundInConversation", message = "The member was not found in the conversation." } }, statusCode: 404);
        }
        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        _calls.Enqueue(new Call(http.Request.Method, http.Request.Path.Value!, http.Request.Headers.Authorization.FirstOrDefault(), body, DateTimeOffset.UtcNow));
        if (_script.TryDequeue(out var scripted) && scripted(http) is { } answer) return answer;

        var id = $"activity-{Interlocked.Increment(ref _ids)}";
        if (http.Request.Method == "POST" && http.Request.Path == "/v3/conversations")
            return Results.Json(new { id = $"conversation-{id}", activityId = id }, statusCode: 201);
        if (body.TryGetProperty("type", out var type) && type.GetString() == "typing")
            return Results.StatusCode(202);
        return Results.Json(new { id }, statusCode: 201);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
