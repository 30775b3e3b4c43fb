using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PerfBot.Conversations;
using PerfBot.Teams;
using PerfBot.Tests.Support;
using Xunit.Abstractions;

namespace PerfBot.Tests.Teams;

/// <summary>What the bot sends to the Bot Connector, as recorded by a loopback connector.</summary>
public sealed class ConnectorProtocolTests(ITestOutputHelper output) : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private BotUnderTest _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _bot = await BotUnderTest.StartAsync(settings: [("Bot:Retry:MaxRetries", "2")]);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private IMessenger Messenger => _bot.Services.GetRequiredService<IMessenger>();
    private ConversationReferenceStore References => _bot.Services.GetRequiredService<ConversationReferenceStore>();

    private async Task<ConversationReference> InstallInTeamAsync()
    {
        Assert.Equal(HttpStatusCode.OK, (await _bot.PostAsync(TeamsActivities.BotInstalledInTeam(_connector.ServiceUrl))).StatusCode);
        return References.Find(TeamsActivities.TeamId) ?? throw new InvalidOperationException("no reference stored");
    }

    [Fact]
    public async Task A_personal_chat_is_started_by_entra_object_id_with_the_tenant_and_then_messaged()
    {
        await InstallInTeamAsync();

        var sent = await Messenger.StartPersonalChatAsync("aad-user-7", TeamsActivities.Tenant, new ChatReply("Your briefing is ready."), CancellationToken.None);

        var calls = await _connector.WaitForCallsAsync(2);
        Assert.Equal(2, calls.Count);
        var create = calls[0];
        Assert.Equal("/v3/conversations", create.Path);
        Assert.False(create.Body.GetProperty("isGroup").GetBoolean());
        Assert.Equal("aad-user-7", create.Body.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal(TeamsActivities.Tenant, create.Body.GetProperty("tenantId").GetString());
        Assert.Equal(TeamsActivities.Tenant, create.Body.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        var message = calls[1];
        Assert.Equal($"/v3/conversations/{sent.ConversationId}/activities", message.Path);
        Assert.Equal("Your briefing is ready.", message.Body.GetProperty("text").GetString());
        Assert.Equal(TeamsActivities.Tenant, message.Body.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.NotNull(References.Find(sent.ConversationId)); // the new chat can be messaged again later
    }

    [Fact]
    public async Task A_429_with_retry_after_is_waited_out_and_the_message_arrives_once()
    {
        var channel = await InstallInTeamAsync();
        _connector.ThenAnswer(http =>
        {
            http.Response.Headers.RetryAfter = "1";
            return Results.Json(new { error = new { code = "TooManyRequests" } }, statusCode: 429);
        });

        var clock = Stopwatch.StartNew();
        var id = await Messenger.SendAsync(channel, new ChatReply("Digest for October"), CancellationToken.None);
        clock.Stop();

        var calls = _connector.Calls;
        Assert.Equal(2, calls.Count); // the refused attempt and the one that landed: nothing more
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(950), $"retried after {(calls[1].At - calls[0].At).TotalMilliseconds} ms");
        Assert.Equal(calls[0].Body.GetRawText(), calls[1].Body.GetRawText());
        Assert.Equal("activity-1", id);
        output.WriteLine($"429 Retry-After: 1 → retried after {(calls[1].At - calls[0].At).TotalMilliseconds:F0} ms; send took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Transient_5xx_are_retried_with_backoff_then_given_up_after_the_bound()
    {
        var channel = await InstallInTeamAsync();
        for (var i = 0; i < 5; i++) _connector.ThenAnswer(_ => Results.StatusCode(503));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Messenger.SendAsync(channel, new ChatReply("x"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(3, _connector.Calls.Count); // first attempt + Bot:Retry:MaxRetries (2)
    }

    [Fact]
    public async Task A_4xx_that_is_not_throttling_is_not_retried()
    {
        var channel = await InstallInTeamAsync();
        _connector.ThenAnswer(_ => Results.Json(new { error = new { code = "MessageSizeTooBig" } }, statusCode: 413));

        await Assert.ThrowsAsync<ConnectorException>(() => Messenger.SendAsync(channel, new ChatReply("x"), CancellationToken.None));
        Assert.Single(_connector.Calls);
    }

    [Fact]
    public async Task A_serviceurl_never_seen_on_an_accepted_activity_is_never_called()
    {
        var forged = new ConversationReference("19:x@thread.tacv2", "msteams", "https://attacker.example/", ChatScope.Channel, "t", TeamsActivities.BotId);
        await Assert.ThrowsAsync<ConnectorException>(() => Messenger.SendAsync(forged, new ChatReply("x"), CancellationToken.None));
    }

    [Fact]
    public async Task Sends_to_one_conversation_are_paced_within_teams_limits_in_order_and_none_is_lost()
    {
        var channel = await InstallInTeamAsync();

        var clock = Stopwatch.StartNew();
        var sends = Enumerable.Range(1, 10).Select(i => Messenger.SendAsync(channel, new ChatReply($"message {i}"), CancellationToken.None)).ToList();
        await Task.WhenAll(sends);
        clock.Stop();

        var texts = _connector.Calls.Select(c => c.Body.GetProperty("text").GetString()).ToList();
        Assert.Equal(10, texts.Count);
        Assert.Equal(10, texts.Distinct().Count());
        var calls = _connector.Calls;
        var firstSecond = calls.Count(c => c.At - calls[0].At < TimeSpan.FromSeconds(1));
        Assert.True(firstSecond <= 7, $"{firstSecond} messages within the first second");
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"10 messages took {clock.Elapsed}");
        output.WriteLine($"10 messages to one conversation: {firstSecond} in the first second, all delivered in {clock.ElapsedMilliseconds} ms");
    }
}
