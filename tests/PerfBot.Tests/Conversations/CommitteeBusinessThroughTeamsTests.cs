using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Conversations;

/// <summary>
/// Through POST /api/messages on the demo store: a list asked of now is of the latest report and says so, a question
/// about an agenda item gets the forward plan and no indicator's figure, and preparing on a subject is about it alone.
/// </summary>
public sealed class CommitteeBusinessThroughTeamsTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2025-12-01T10:00:00Z"));
    private readonly TempStore _store = TempStore.WithDemoData();
    private FakeConnector _connector = null!;
    private BotUnderTest _bot = null!;
    private int _messages;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _bot = await BotUnderTest.StartAsync(_store, configureServices: services => services.AddSingleton<TimeProvider>(_clock), keepStore: true);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        _store.Dispose();
    }

    private async Task<string> AskAsync(string text)
    {
        var activity = TeamsActivities.PersonalMessage(_connector.ServiceUrl, text, "a:personal-chat-1", id: $"msg-{_messages + 1}");
        Assert.Equal(HttpStatusCode.OK, (await _bot.PostAsync(activity)).StatusCode);
        var reply = (await _connector.WaitForCallsAsync(++_messages, where: c => c.Body.TryGetProperty("type", out var type) && type.GetString() == "message"))[^1].Body;
        return TeamsActivities.WordsOf(reply);
    }

    [Fact]
    public async Task Whats_red_right_now_lists_the_latest_report_and_says_how_many_older_ones_it_left_out()
    {
        var words = await AskAsync("what's red currently?");
        Assert.Contains("latest report held", words);
        Assert.Contains("Left out:", words);
        Assert.DoesNotContain("Oct-20", words);
    }

    [Fact]
    public async Task When_an_agenda_item_comes_is_answered_from_the_forward_plan_with_no_figure()
    {
        var words = await AskAsync("when is the risk update due?");
        Assert.Contains("Quarter 2 Risk Update", words);
        Assert.DoesNotContain("homeless", words, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task What_to_ask_about_a_subject_is_the_preparation_on_that_subject()
    {
        var words = await AskAsync("what should I ask about EHCPs?");
        Assert.Contains("Preparing on", words);
        Assert.Contains("Education, Health & Care Plans", words);
        Assert.DoesNotContain("foster", words, StringComparison.OrdinalIgnoreCase);
    }
}
