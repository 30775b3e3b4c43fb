using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PerfBot.Conversations;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Teams;

/// <summary>How inbound activities are routed: messages, mentions, card buttons, Action.Execute, installs.</summary>
public sealed class TurnRoutingTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private BotUnderTest _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        // The tests' user (aad-user-1) links channels, which only an administrator may do.
        _bot = await BotUnderTest.StartAsync(settings: [("Roles:Administrators", "aad-user-1")]);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private ConversationReferenceStore References => _bot.Services.GetRequiredService<ConversationReferenceStore>();
    private CommitteeChannelLinks Links => _bot.Services.GetRequiredService<CommitteeChannelLinks>();

    [Fact]
    public async Task Link_committee_in_a_channel_strips_the_mention_links_the_channel_and_records_who_did_it()
    {
        var response = await _bot.PostAsync(TeamsActivities.ChannelMessage(_connector.ServiceUrl, "link committee people and health"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = Links.FindLink(TeamsActivities.ChannelId);
        Assert.NotNull(link);
        Assert.Equal("People and Health Scrutiny Committee", link.CommitteeName);
        Assert.Equal("29:user-1", link.LinkedByUserId);
        Assert.Equal("Cllr Jane Smith", link.LinkedByName);
        var reply = Assert.Single(await _connector.WaitForCallsAsync(1, where: c => c.Method == "POST"));
        // The reply goes into the post's thread: the conversation id carries ;messageid=.
        Assert.Equal($"/v3/conversations/{TeamsActivities.ChannelId};messageid=1700000000001/activities/1700000000001", reply.Path);
        Assert.Contains("linked this channel to the People and Health Scrutiny Committee", reply.Body.GetProperty("summary").GetString());
        var channels = References.ChannelsOfCommittee(link.CommitteeId);
        Assert.Equal(TeamsActivities.ChannelId, Assert.Single(channels).ConversationId);
    }

    [Theory]
    [InlineData("link committee fire brigade", "I don't know a committee called 'fire brigade'")]
    [InlineData("link committee scrutiny", "'scrutiny' matches more than one committee")]
    public async Task Link_committee_with_an_unknown_or_ambiguous_name_lists_the_known_committees(string text, string expected)
    {
        await _bot.PostAsync(TeamsActivities.ChannelMessage(_connector.ServiceUrl, text));

        var reply = Assert.Single(await _connector.WaitForCallsAsync(1, where: c => c.Method == "POST"));
        var summary = reply.Body.GetProperty("summary").GetString()!;
        Assert.Contains(expected, summary);
        Assert.Contains("Place and Resources Scrutiny Committee", summary);
        Assert.Null(Links.FindLink(TeamsActivities.ChannelId));
    }

    [Fact]
    public async Task An_action_submit_button_is_routed_like_typed_text()
    {
        var submit = TeamsActivities.PersonalMessage(_connector.ServiceUrl, "");
        submit.Remove("text");
        submit["value"] = new JsonObject { ["ask"] = "help" };
        submit["replyToId"] = "card-1";

        Assert.Equal(HttpStatusCode.OK, (await _bot.PostAsync(submit)).StatusCode);
        var reply = Assert.Single(await _connector.WaitForCallsAsync(1));
        Assert.Contains("What PerfBot answers", reply.Body.GetProperty("attachments")[0].GetRawText());
    }

    [Fact]
    public async Task An_action_execute_invoke_is_answered_in_the_http_response_with_a_card()
    {
        var invoke = TeamsActivities.PersonalMessage(_connector.ServiceUrl, "");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "ask", ["data"] = new JsonObject { ["ask"] = "help" } },
            ["trigger"] = "manual",
        };

        var response = await _bot.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        Assert.Equal("AdaptiveCard", body.GetProperty("value").GetProperty("type").GetString());
        Assert.Empty(_connector.Calls); // the answer replaces the card; nothing is posted
    }

    [Fact]
    public async Task An_invoke_without_an_action_gets_a_400_invoke_response()
    {
        var invoke = TeamsActivities.PersonalMessage(_connector.ServiceUrl, "");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        var body = await (await _bot.PostAsync(invoke)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Installing_in_a_team_stores_the_reference_and_uninstalling_removes_it_and_its_links()
    {
        await _bot.PostAsync(TeamsActivities.BotInstalledInTeam(_connector.ServiceUrl));
        var reference = References.Find(TeamsActivities.TeamId);
        Assert.NotNull(reference);
        Assert.Equal(ChatScope.Channel, reference.Scope);
        Assert.Equal(TeamsActivities.Tenant, reference.TenantId);
        Assert.Equal(TeamsActivities.TeamId, reference.TeamId);
        Assert.Equal(_connector.ServiceUrl, reference.ServiceUrl);
        await _bot.PostAsync(TeamsActivities.ChannelMessage(_connector.ServiceUrl, "link committee health and wellbeing"));
        Assert.NotNull(Links.FindLink(TeamsActivities.ChannelId));

        var removed = TeamsActivities.BotInstalledInTeam(_connector.ServiceUrl);
        removed.Remove("membersAdded");
        removed["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = TeamsActivities.BotId });
        await _bot.PostAsync(removed);

        Assert.Null(References.Find(TeamsActivities.TeamId));
        // Written in the background: every channel of the team goes, and its link with it.
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        while ((References.Find(TeamsActivities.ChannelId) is not null || Links.FindLink(TeamsActivities.ChannelId) is not null) && DateTimeOffset.UtcNow < deadline)
            await Task.Delay(20);
        Assert.Null(References.Find(TeamsActivities.ChannelId));
        Assert.Null(Links.FindLink(TeamsActivities.ChannelId));
    }

    [Fact]
    public async Task A_personal_installation_update_adds_and_removes_the_reference()
    {
        await _bot.PostAsync(TeamsActivities.PersonalInstallation(_connector.ServiceUrl, "add"));
        var reference = References.Find("a:personal-chat-1");
        Assert.NotNull(reference);
        Assert.Equal("aad-user-1", reference.UserAadObjectId);

        await _bot.PostAsync(TeamsActivities.PersonalInstallation(_connector.ServiceUrl, "remove"));
        Assert.Null(References.Find("a:personal-chat-1"));
    }

    [Fact]
    public async Task Someone_else_joining_a_team_stores_nothing()
    {
        var joined = TeamsActivities.BotInstalledInTeam(_connector.ServiceUrl);
        joined["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:someone-else" });
        await _bot.PostAsync(joined);
        Assert.Null(References.Find(TeamsActivities.TeamId));
    }

    [Fact]
    public async Task A_slow_answer_is_preceded_by_a_typing_indicator()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(
            settings: [("Bot:TypingDelay", "00:00:00.100")],
            configureServices: services => services.AddSingleton<IChatResponder>(new SlowResponder(TimeSpan.FromMilliseconds(600))));

        await bot.PostAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, "what's red?"));

        var calls = await connector.WaitForCallsAsync(2);
        Assert.Equal(["typing", "message"], calls.Select(c => c.Body.GetProperty("type").GetString()));
        Assert.Equal("/v3/conversations/a:personal-chat-1/activities", calls[0].Path);
    }

    [Fact]
    public async Task An_answer_slower_than_the_turn_budget_is_accepted_at_once_and_delivered_later()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(
            settings: [("Bot:TurnBudget", "00:00:00.200")],
            configureServices: services => services.AddSingleton<IChatResponder>(new SlowResponder(TimeSpan.FromSeconds(1))));

        var response = await bot.PostAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, "what's red?"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var calls = await connector.WaitForCallsAsync(1, where: c => c.Body.GetProperty("type").GetString() == "message");
        Assert.Equal("Slow answer", Assert.Single(calls).Body.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_responder_that_fails_gets_the_user_an_apology_not_silence()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(configureServices: services => services.AddSingleton<IChatResponder>(new FailingResponder()));

        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, "boom"))).StatusCode);
        var reply = Assert.Single(await connector.WaitForCallsAsync(1));
        Assert.Contains("Sorry", reply.Body.GetProperty("text").GetString());
    }

    private sealed class SlowResponder(TimeSpan delay) : IChatResponder
    {
        public async Task<ChatReply> RespondAsync(ChatTurn turn, CancellationToken cancellationToken)
        {
            await Task.Delay(delay, cancellationToken);
            return new ChatReply("Slow answer");
        }
    }

    private sealed class FailingResponder : IChatResponder
    {
        public Task<ChatReply> RespondAsync(ChatTurn turn, CancellationToken cancellationToken) => throw new InvalidOperationException("boom");
    }
}
