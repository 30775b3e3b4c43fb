using System.Net;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using PerfBot.Alerts;
using PerfBot.Indicators;
using PerfBot.Store;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Digests;

/// <summary>The digest and alert chat commands through POST /api/messages, answered to a loopback connector.</summary>
public sealed class DigestChatEndToEndTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2025-10-06T09:00:00Z"));
    private FakeConnector _connector = null!;
    private BotUnderTest _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        // The tests' user (aad-user-1) links the channel, which only an administrator may do.
        _bot = await BotUnderTest.StartAsync(TempStore.WithDemoData(), [("Roles:Administrators", "aad-user-1")],
            configureServices: services => services.AddSingleton<TimeProvider>(_clock));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private int _messages;

    /// <summary>Says something to the bot and returns the text of its answer.</summary>
    private async Task<FakeConnector.Call> SayAsync(System.Text.Json.Nodes.JsonObject activity)
    {
        Assert.Equal(HttpStatusCode.OK, (await _bot.PostAsync(activity)).StatusCode);
        var answers = await _connector.WaitForCallsAsync(++_messages, where: c => c.Body.TryGetProperty("type", out var type) && type.GetString() == "message");
        Assert.Equal(_messages, answers.Count);
        return answers[^1];
    }

    private async Task<string> SayInPersonalChatAsync(string text) =>
        (await SayAsync(TeamsActivities.PersonalMessage(_connector.ServiceUrl, text, id: $"msg-{_messages + 1}"))).Body.GetProperty("text").GetString()!;

    [Fact]
    public async Task An_officer_subscribes_lists_and_stops_alerts_in_their_personal_chat()
    {
        Assert.StartsWith("Done: I'll message you on Mondays when Number of active foster carers (including connected persons) changes RAG",
            await SayInPersonalChatAsync("alert me about foster carers"));
        Assert.Contains("- Number of active foster carers (including connected persons)", await SayInPersonalChatAsync("my alerts"));
        Assert.StartsWith("Stopped: no more alerts for Number of active foster carers", await SayInPersonalChatAsync("stop alerts for foster carers"));
        Assert.StartsWith("You have no alerts.", await SayInPersonalChatAsync("my alerts"));
    }

    [Fact]
    public async Task An_owner_named_by_email_is_found_through_the_chats_roster_once_and_gets_their_indicators()
    {
        using (var connection = _bot.Store.Database.Open())
            connection.Execute("UPDATE indicators SET owner = 'Jane.Smith@dorsetcouncil.gov.uk' WHERE code = 'deaths-registered-5-days'");
        // Teams' answer to GET /v3/conversations/{id}/members/{id}: a TeamsChannelAccount.
        _connector.Members["29:user-1"] = new
        {
            id = "29:user-1", name = "Cllr Jane Smith", objectId = "aad-user-1", givenName = "Jane", surname = "Smith",
            email = "jane.smith@dorsetcouncil.gov.uk", userPrincipalName = "jane.smith@dorsetcouncil.gov.uk", tenantId = TeamsActivities.Tenant, userRole = "user",
        };

        var first = await SayInPersonalChatAsync("my alerts");
        var second = await SayInPersonalChatAsync("my alerts");

        Assert.Contains("- Percentage of deaths registered within 5 calendar days (you own it)", first);
        Assert.Equal(first, second);
        var lookups = _connector.Calls.Where(c => c.Method == "GET").ToList();
        Assert.Equal("/v3/conversations/a:personal-chat-1/members/29:user-1", Assert.Single(lookups).Path);
    }

    [Fact]
    public async Task A_roster_that_does_not_know_the_officer_costs_them_only_the_owner_match()
    {
        using (var connection = _bot.Store.Database.Open())
            connection.Execute("UPDATE indicators SET owner = 'jane.smith@dorsetcouncil.gov.uk' WHERE code = 'deaths-registered-5-days'");

        Assert.StartsWith("You have no alerts.", await SayInPersonalChatAsync("my alerts"));
        Assert.StartsWith("Done: I'll message you on Mondays when Number of active foster carers", await SayInPersonalChatAsync("alert me about foster carers"));
        // Asked each time, since nothing was learnt; answered 404 MemberNotFoundInConversation.
        Assert.Equal(2, _connector.Calls.Count(c => c.Method == "GET" && c.Path == "/v3/conversations/a:personal-chat-1/members/29:user-1"));
    }

    [Fact]
    public async Task A_subscribed_officer_gets_the_weeks_change_in_their_personal_chat_and_nothing_the_week_after()
    {
        await SayInPersonalChatAsync("alert me about deaths registered within 5 days");
        using (var connection = _bot.Store.Database.Open())
        {
            connection.Execute("""
                INSERT INTO measurements (indicator_id, period, period_start, period_end, value, reported_rag, reported_direction, source)
                SELECT id, 'Q3 2025/26', '2025-10-01', '2025-12-31', 96, 'Green', 'Improving', 'Q3 report' FROM indicators WHERE code = 'deaths-registered-5-days'
                """);
            // As an import does in its transaction: the statuses kept for digests and the question index follow the figures.
            LatestFigures.Refresh(connection, null, [connection.ExecuteScalar<long>("SELECT id FROM indicators WHERE code = 'deaths-registered-5-days'")]);
        }
        var dispatcher = _bot.Services.GetRequiredService<AlertDispatcher>();

        var run = await dispatcher.RunAsync(new DateOnly(2026, 1, 5), CancellationToken.None);
        var nextWeek = await dispatcher.RunAsync(new DateOnly(2026, 1, 12), CancellationToken.None);

        Assert.Equal((1, 1, 0), (run.Composed, run.Sending.Sent, nextWeek.Composed));
        var alert = Assert.Single(_connector.Calls, c => c.Path == "/v3/conversations/a:personal-chat-1/activities");
        Assert.Contains("no longer an exception (Red → Green)", alert.Body.GetProperty("summary").GetString());
        Assert.Equal("application/vnd.microsoft.card.adaptive", alert.Body.GetProperty("attachments")[0].GetProperty("contentType").GetString());
    }

    [Fact]
    public async Task Digest_in_a_linked_channel_posts_the_committees_digest_now()
    {
        Assert.Equal(HttpStatusCode.OK, (await _bot.PostAsync(TeamsActivities.BotInstalledInTeam(_connector.ServiceUrl))).StatusCode);
        var linked = await SayAsync(TeamsActivities.ChannelMessage(_connector.ServiceUrl, "link committee people & health scrutiny", id: "1700000000001"));
        Assert.Contains("People and Health Scrutiny Committee", linked.Body.GetProperty("summary").GetString());

        var digest = await SayAsync(TeamsActivities.ChannelMessage(_connector.ServiceUrl, "digest", id: "1700000000002"));

        var text = digest.Body.GetProperty("summary").GetString()!;
        Assert.StartsWith("People and Health Scrutiny Committee: performance digest as of 6 October 2025 (latest data Q2 2025/26)", text);
        Assert.Contains("16 exceptions: 9 red, 7 amber and worsening.", text);
        var card = digest.Body.GetProperty("attachments")[0].GetProperty("content").GetRawText();
        Assert.Contains("How is Percentage of looked after children placed outside the council area doing?", card); // its button asks
        Assert.Contains("45.22% (Q2 2025/26); target 30%; Red; Worsening", card);
    }

    [Fact]
    public async Task Digest_is_given_only_in_the_committees_own_channel()
    {
        Assert.Equal(HttpStatusCode.OK, (await _bot.PostAsync(TeamsActivities.BotInstalledInTeam(_connector.ServiceUrl))).StatusCode);
        await SayAsync(TeamsActivities.ChannelMessage(_connector.ServiceUrl, "link committee people & health scrutiny", id: "1700000000001"));

        var elsewhere = await SayInPersonalChatAsync("digest people and health");
        var unknown = await SayInPersonalChatAsync("digest planning");
        var other = (await SayAsync(TeamsActivities.ChannelMessage(_connector.ServiceUrl, "digest planning", id: "1700000000002"))).Body.GetProperty("text").GetString();

        const string onlyThere = "A committee's digest is given only in its own channel, the one linked to it: type 'digest' there. Here, ask me about any indicator, e.g. 'what's red?'.";
        Assert.Equal(onlyThere, elsewhere);
        Assert.Equal(onlyThere, unknown);
        Assert.Equal("This channel receives the People and Health Scrutiny Committee's digest: type 'digest' here for it. Another committee's digest is given in that committee's own channel.", other);
        Assert.DoesNotContain(_connector.Calls, c => c.Body.GetRawText().Contains("performance digest as of", StringComparison.Ordinal));
    }
}
