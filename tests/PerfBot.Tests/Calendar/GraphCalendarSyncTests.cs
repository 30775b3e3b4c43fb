using Azure.Core;
using Dapper;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using PerfBot.Briefings;
using PerfBot.Calendar;
using PerfBot.Tests.Briefings;

namespace PerfBot.Tests.Calendar;

/// <summary>The calendar sync through the real Microsoft.Graph SDK client, pointed at a loopback Graph.</summary>
public sealed class GraphCalendarSyncTests : IAsyncLifetime
{
    private const string GroupId = "02bd9fd6-8f93-4758-87c3-1fb73740a315";
    private readonly DemoStore store = new();
    private LoopbackGraph graph = null!;

    public async Task InitializeAsync() => graph = await LoopbackGraph.StartAsync();

    public async Task DisposeAsync()
    {
        await graph.DisposeAsync();
        store.Dispose();
    }

    private sealed class LoopbackCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new("loopback-token", DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }

    private (CalendarSync Sync, CommitteeBriefingSettings Settings) Sync(TimeSpan? timeout = null, int maxRetries = 3, string route = "groups")
    {
        var options = new GraphCalendarOptions { BaseUrl = graph.BaseUrl, Timeout = timeout ?? TimeSpan.FromSeconds(20), MaxRetries = maxRetries, Route = route };
        var settings = new CommitteeBriefingSettings(store.PeopleAndHealth.Id, CalendarGroupId: GroupId, CalendarSubjectPattern: @"^People (and|&) Health Scrutiny Committee\b");
        new CommitteeBriefingSettingsStore(store.Database).Save(settings);
        var sync = new CalendarSync(store.Database, () => new GraphCalendarReader(new LoopbackCredential(), options), options,
            new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero)), NullLogger<CalendarSync>.Instance);
        return (sync, settings);
    }

    private List<(string Date, string Origin, string? ExternalId)> Meetings()
    {
        using var connection = store.Database.Open();
        return connection.Query<(string, string, string?)>(
            "SELECT meeting_date, origin, external_id FROM meetings WHERE committee_id = @id AND meeting_date >= '2026-01-01' ORDER BY meeting_date",
            new { id = store.PeopleAndHealth.Id }).ToList();
    }

    [Fact]
    public async Task Follows_nextLink_after_a_429_and_stores_the_matching_meetings()
    {
        graph.Respond = (request, call) => Task.FromResult(call switch
        {
            1 => LoopbackGraph.Error(429, "TooManyRequests", "Too many requests.", retryAfterSeconds: 1),
            _ when !request.Query.ContainsKey("$skip") => Results.Json(new Dictionary<string, object>
            {
                ["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#groups('{GroupId}')/calendarView",
                ["@odata.nextLink"] = $"{graph.BaseUrl}/groups/{GroupId}/calendarView?startDateTime=2026-01-05T08%3a00%3a00.0000000&endDateTime=2026-03-06T08%3a00%3a00.0000000&%24skip=2",
                ["value"] = new[]
                {
                    LoopbackGraph.Event("AAMkAGI5MWYJOwAAEA==", "People and Health Scrutiny Committee", "2026-01-21T10:00:00"),
                    LoopbackGraph.Event("AAMkAGI5MWYJOwAAEB==", "Audit and Governance Committee", "2026-01-22T10:00:00"),
                },
            }),
            _ => Results.Json(new Dictionary<string, object>
            {
                ["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#groups('{GroupId}')/calendarView",
                ["value"] = new[]
                {
                    LoopbackGraph.Event("AAMkAGI5MWYJOwAAEC==", "People & Health Scrutiny Committee", "2026-02-18T10:00:00"),
                    LoopbackGraph.Event("AAMkAGI5MWYJOwAAED==", "People and Health Scrutiny Committee", "2026-02-25T10:00:00", cancelled: true),
                },
            }),
        });
        var (sync, settings) = Sync();

        var result = await sync.SyncAsync(settings, CancellationToken.None);

        Assert.True(result.Ok, result.Error);
        Assert.Equal((4, 2), (result.EventsSeen, result.MeetingsMatched));
        var requests = graph.Requests.ToList();
        Assert.Equal(3, requests.Count); // the 429, its retry, the second page
        Assert.Contains("skip=2", requests[2].PathAndQuery, StringComparison.Ordinal);
        Assert.All(requests, r => Assert.Equal("Bearer loopback-token", r.Authorization));
        Assert.All(requests, r => Assert.Equal("outlook.timezone=\"UTC\"", r.Prefer));
        Assert.Contains("startDateTime=2026-01-05T08", requests[0].PathAndQuery, StringComparison.Ordinal);
        // 21 January is already in the store (from the report), which wins; 18 February comes from Graph; the cancelled
        // 25 February and the other committee's meeting do not.
        Assert.Equal([("2026-01-21", "store", null), ("2026-02-18", "graph", "AAMkAGI5MWYJOwAAEC=="), ("2026-04-01", "store", null)], Meetings());
    }

    [Theory]
    [InlineData(401, "InvalidAuthenticationToken")]
    [InlineData(403, "ErrorAccessDenied")]
    [InlineData(500, "generalException")]
    public async Task A_graph_error_is_logged_and_the_last_known_calendar_stays(int status, string code)
    {
        graph.Respond = (_, _) => Task.FromResult(
            Results.Json(new { value = new[] { LoopbackGraph.Event("AAMkAGI5MWYJOwAAEC==", "People and Health Scrutiny Committee", "2026-02-18T10:00:00") } }));
        var (sync, settings) = Sync(maxRetries: 1);
        Assert.True((await sync.SyncAsync(settings, CancellationToken.None)).Ok);
        var known = Meetings();

        graph.Respond = (_, _) => Task.FromResult(LoopbackGraph.Error(status, code, "Something went wrong."));
        var result = await sync.SyncAsync(settings, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.StartsWith($"HTTP {status}", result.Error, StringComparison.Ordinal);
        Assert.Equal(known, Meetings());
        using var connection = store.Database.Open();
        Assert.Equal("failed", connection.QuerySingle<string>("SELECT outcome FROM calendar_sync_runs ORDER BY id DESC LIMIT 1"));
    }

    [Fact]
    public async Task A_429_that_persists_beyond_the_retries_fails_and_keeps_the_calendar()
    {
        graph.Respond = (_, _) => Task.FromResult(LoopbackGraph.Error(429, "TooManyRequests", "Too many requests.", retryAfterSeconds: 1));
        var (sync, settings) = Sync(maxRetries: 1);
        var known = Meetings();

        var result = await sync.SyncAsync(settings, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.StartsWith("HTTP 429", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, graph.Requests.Count); // the first try and one retry after Retry-After
        Assert.Equal(known, Meetings());
    }

    [Fact]
    public async Task A_timeout_fails_and_keeps_the_calendar()
    {
        graph.Respond = async (_, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            return Results.Json(new { value = Array.Empty<object>() });
        };
        var (sync, settings) = Sync(timeout: TimeSpan.FromMilliseconds(500), maxRetries: 0);
        var known = Meetings();

        var result = await sync.SyncAsync(settings, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal("timed out", result.Error);
        Assert.Equal(known, Meetings());
    }

    [Fact]
    public async Task The_users_route_reads_the_group_mailbox_calendar()
    {
        graph.Respond = (_, _) => Task.FromResult(
            Results.Json(new { value = new[] { LoopbackGraph.Event("AAMkAGI5MWYJOwAAEC==", "People and Health Scrutiny Committee", "2026-02-18T10:00:00") } }));
        var (sync, settings) = Sync(route: "users");

        var result = await sync.SyncAsync(settings, CancellationToken.None);

        Assert.True(result.Ok, result.Error);
        Assert.StartsWith($"/v1.0/users/{GroupId}/calendarView?", graph.Requests.Single().PathAndQuery, StringComparison.Ordinal);
        Assert.Contains(("2026-02-18", "graph", "AAMkAGI5MWYJOwAAEC=="), Meetings());
    }

    [Fact]
    public async Task A_redirect_is_a_failure_and_is_not_followed()
    {
        await using var elsewhere = await PerfBot.Tests.Support.RecordingServer.StartAsync();
        graph.Respond = (request, _) => Task.FromResult(elsewhere.RedirectHere(request.HttpContext));
        var (sync, settings) = Sync(maxRetries: 0);
        var known = Meetings();

        var result = await sync.SyncAsync(settings, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.StartsWith("HTTP 307", result.Error, StringComparison.Ordinal);
        Assert.Empty(elsewhere.Requests);
        Assert.Equal(known, Meetings());
    }
}
