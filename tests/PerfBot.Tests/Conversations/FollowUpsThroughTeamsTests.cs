using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Conversations;

/// <summary>
/// Follow-ups through POST /api/messages to a loopback connector, on the demo store as of Monday 1 December 2025: each
/// kind in a 1:1 chat, and two people asking in one channel thread at once without picking up each other's subject.
/// </summary>
public sealed class FollowUpsThroughTeamsTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2025-12-01T10:00:00Z"));
    private FakeConnector _connector = null!;
    private BotUnderTest _bot = null!;
    private int _messages;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _bot = await BotUnderTest.StartAsync(TempStore.WithDemoData(), configureServices: services => services.AddSingleton<TimeProvider>(_clock));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    /// <summary>Says something and returns the reply as the connector received it.</summary>
    private async Task<JsonElement> SayAsync(JsonObject activity)
    {
        Assert.Equal(HttpStatusCode.OK, (await _bot.PostAsync(activity)).StatusCode);
        var replies = await _connector.WaitForCallsAsync(++_messages, where: c => c.Body.TryGetProperty("type", out var type) && type.GetString() == "message");
        return replies[^1].Body;
    }

    /// <summary>The reply's text: a card's summary, else the message text.</summary>
    private static string TextOf(JsonElement reply) =>
        reply.TryGetProperty("summary", out var summary) && summary.GetString() is { } s ? s : reply.GetProperty("text").GetString()!;

    private async Task<string> AskAsync(string text, string conversation = "a:personal-chat-1") =>
        TextOf(await SayAsync(TeamsActivities.PersonalMessage(_connector.ServiceUrl, text, conversation, id: $"msg-{_messages + 1}")));

    [Fact]
    public async Task Every_kind_of_follow_up_carries_on_from_the_last_answer_in_a_personal_chat()
    {
        Assert.StartsWith("Number of active foster carers", await AskAsync("how are foster carers doing?"));
        var why = await AskAsync("how come?");
        Assert.StartsWith("Number of active foster carers", why);
        Assert.Contains("Commentary (Oct-20)", why);
        Assert.Contains("Actions", await AskAsync("what are they doing about it?"));
        var yearBefore = await AskAsync("what was it the year before?");
        Assert.Contains("Oct-19: 201", yearBefore);
        Assert.Contains("Target", await AskAsync("what's the target?"));
        Assert.Contains("History", await AskAsync("show me the trend"));
        var lastYear = await AskAsync("and last year?");
        Assert.Contains("Same period last year (Oct-19): 201 → Oct-20 206: +5 (+2.5%), better", lastYear);

        Assert.StartsWith("Percentage of looked after children placed outside the council area", await AskAsync("LAC out of area"));
        var england = await AskAsync("how does that compare with England?");
        Assert.Contains("England (Q2 2025/26): 45%", england);
        Assert.Contains("worse", england);
        Assert.Contains("No figure is held for Q1 2025/26", await AskAsync("what about Q1?"));
        Assert.Contains("Jul-25: 41.61%", await AskAsync("and in July?"));
        Assert.Contains("History", await AskAsync("is it improving?"));

        var reds = await AskAsync("what was red last quarter?");
        // The nine the report rated Red; children placed over 20 miles, which it left unrated, is not called Red for it.
        Assert.StartsWith("Indicators Red in Q2 2025/26: 9.", reds);
        Assert.StartsWith("Number of pregnant women / families in B&B exceeding 6 week stay", await AskAsync("tell me about the second one"));
        Assert.Contains("Commentary (Q2 2025/26)", await AskAsync("why is it red?"));

        Assert.Contains("Gill Taylor", await AskAsync("who chairs people and health?"));
        Assert.Contains("Piers Brown", await AskAsync("who's on it?"));
        Assert.Contains("Wednesday 21 January 2026", await AskAsync("when do they next meet?"));
        Assert.Contains("Quarter 2 Risk Update", await AskAsync("what's on the agenda?"));
        Assert.Contains("Wednesday 1 April 2026", await AskAsync("and the one after that?"));
    }

    [Fact]
    public async Task The_period_asked_for_tells_apart_two_indicators_for_one_subject_and_two_offered_are_never_a_list()
    {
        // The 2020 report's series and the 2025/26 report's share their words; only the 2020 one holds October 2019.
        var then = await AskAsync("safeguarding concerns in October 2019", "a:personal-chat-periods");
        Assert.StartsWith("Safeguarding Activity - number of safeguarding concerns received during the period", then);
        Assert.Contains("Oct-19: 369", then);
        Assert.StartsWith("Adults Safeguarding Activity", await AskAsync("safeguarding concerns", "a:personal-chat-periods-2"));
        var offered = await AskAsync("which of overdue reviews or outstanding assessments got worse?", "a:personal-chat-offered");
        Assert.StartsWith("Did you mean:", offered);
        Assert.DoesNotContain("Reablement", offered);
    }

    [Fact]
    public async Task A_filter_asked_of_those_just_listed_narrows_that_list_and_one_left_is_what_why_is_about()
    {
        const string chat = "a:personal-chat-narrowing";
        Assert.StartsWith("Indicators exceptions (Red, or Amber and Worsening) in Q2 2025/26: 16.", await AskAsync("exceptions in Q2?", chat));
        Assert.StartsWith("Indicators Red in Q2 2025/26: 9.", await AskAsync("only the red ones", chat));
        var worse = await AskAsync("are any of those getting worse?", chat);
        Assert.StartsWith("Indicators Red, Worsening of the 9 just asked about in Q2 2025/26: 5.", worse);
        Assert.DoesNotContain("Same", worse);

        Assert.StartsWith("Indicators on 'turnover sickness' at their latest period: 3.", await AskAsync("turnover and sickness", chat));
        Assert.StartsWith("Indicators Worsening of the 3 just asked about at their latest period: 1.", await AskAsync("which of them are worsening?", chat));
        Assert.StartsWith("Average number of working days lost to long term sickness per FTE", await AskAsync("how come?", chat));
    }

    [Fact]
    public async Task A_follow_up_with_nothing_before_it_is_asked_about_and_never_answered_with_a_figure()
    {
        var reply = await AskAsync("how come?", "a:personal-chat-fresh");
        Assert.StartsWith("What is that about?", reply);
        Assert.DoesNotContain("%", reply);
        using var connection = _bot.Store.Database.Open();
        var logged = connection.QuerySingle<(string Question, string Outcome, string Role)>("SELECT question, outcome, role FROM question_log");
        Assert.Equal(("how come?", "clarify", "other"), logged);
        Assert.DoesNotContain("Jane", string.Join(" ", connection.Query<string>("SELECT question || outcome || intent || role FROM question_log")));
    }

    [Fact]
    public async Task Two_people_talking_at_once_in_one_channel_thread_keep_their_own_subjects()
    {
        const string thread = $"{TeamsActivities.ChannelId};messageid=1700000000001";
        JsonObject From(string user, string name, string text)
        {
            var activity = TeamsActivities.ChannelMessage(_connector.ServiceUrl, text, id: $"17000000000{_messages + 10}");
            activity["conversation"]!["id"] = thread;
            activity["from"] = new JsonObject { ["id"] = user, ["name"] = name, ["aadObjectId"] = $"aad-{user}" };
            return activity;
        }
        Assert.StartsWith("Number of active foster carers", TextOf(await SayAsync(From("29:alice", "Alice", "foster carers"))));
        Assert.StartsWith("Percentage of Education, Health & Care Plans", TextOf(await SayAsync(From("29:bob", "Bob", "EHCPs in 20 weeks"))));
        var alice = TextOf(await SayAsync(From("29:alice", "Alice", "why?")));
        var bob = TextOf(await SayAsync(From("29:bob", "Bob", "why?")));
        Assert.StartsWith("Number of active foster carers", alice);
        Assert.StartsWith("Percentage of Education, Health & Care Plans", bob);
        Assert.StartsWith("What is that about?", TextOf(await SayAsync(From("29:carol", "Carol", "and the target?"))));
    }

    [Fact]
    public async Task An_answer_cites_its_report_asks_for_feedback_and_keeps_the_thumbs_up_by_role_only()
    {
        var reply = await SayAsync(TeamsActivities.PersonalMessage(_connector.ServiceUrl, "why are EHCPs red?", id: "msg-feedback"));
        Assert.Equal("default", reply.GetProperty("channelData").GetProperty("feedbackLoop").GetProperty("type").GetString());
        var entity = reply.GetProperty("entities").EnumerateArray().Single();
        Assert.Equal("https://schema.org/Message", entity.GetProperty("type").GetString());
        Assert.False(entity.TryGetProperty("additionalType", out _));
        var claim = entity.GetProperty("citation").EnumerateArray().Single();
        Assert.Equal("Claim", claim.GetProperty("@type").GetString());
        Assert.Equal(1, claim.GetProperty("position").GetInt32());
        Assert.StartsWith("Dorset Council, People & Health Scrutiny Committee, 21 January 2026", claim.GetProperty("appearance").GetProperty("abstract").GetString());
        Assert.Equal("Source: [1]", reply.GetProperty("text").GetString());
        var titles = reply.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()!).ToList();
        // No benchmark or last year's figure is held for it, so no comparison is offered.
        Assert.Equal(["Trend", "Actions", "Target"], titles);

        var posted = (await _connector.WaitForCallsAsync(_messages)).Last(c => c.Body.TryGetProperty("type", out var t) && t.GetString() == "message");
        var invoke = TeamsActivities.PersonalMessage(_connector.ServiceUrl, "", id: "invoke-1");
        invoke["type"] = "invoke";
        invoke["name"] = "message/submitAction";
        invoke.Remove("text");
        invoke["replyToId"] = "activity-1";
        invoke["value"] = new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = "dislike", ["feedback"] = "{\"feedbackText\":\"I wanted the 2020 figure\"}" },
        };
        var response = await _bot.PostAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(posted);
        using var connection = _bot.Store.Database.Open();
        var kept = connection.QuerySingle<(string Reaction, string Comment, string Question, string Intent, string Indicators, string Role)>(
            "SELECT reaction, comment, question, intent, indicators, role FROM answer_feedback");
        Assert.Equal(("dislike", "I wanted the 2020 figure", "why are EHCPs red?", "why", "ehcp-issued-20-weeks", "other"), kept);
    }
}
