using PerfBot.Council;
using System.Net;
using System.Text.Json;
using PerfBot.Charts;
using PerfBot.Questions;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Questions;

/// <summary>Answers as the cards members see: valid for Teams' card library, and carrying the store's figures.</summary>
public class AnswerCardTests
{
    private static readonly string[] Questions =
    [
        "LAC out of area Q2 2025/26",
        "whats red in childrens",
        "how are foster carer numbers?",
        "why is EHCP timeliness red?",
        "safeguarding",
        "how many potholes were filled?",
        "when is the next meeting?",
    ];

    [Fact]
    public async Task Every_kind_of_answer_is_a_card_the_adaptivecards_library_parses_without_problems()
    {
        using var store = TempStore.WithDemoData();
        var service = new QuestionService(store.Database, new CouncilClock(TimeProvider.System));
        var charts = new ChartCache();
        var cards = Questions.Select(q => AnswerCard.Build(service.Ask(q), AnswerCard.InlineChart(charts))).ToList();

        var problems = await AdaptiveCardsLibrary.ProblemsAsync(cards);

        Assert.All(problems, p => Assert.Empty(p));
        Assert.All(cards, c => Assert.True(c.ToJson().Length < 80_000, "a Teams message is limited to about 80 KB"));
    }

    [Fact]
    public void One_indicator_shows_figure_period_target_benchmarks_chart_and_folded_commentary()
    {
        using var store = TempStore.WithDemoData();
        var answer = new QuestionService(store.Database, new CouncilClock(TimeProvider.System)).Ask("LAC out of area Q2 2025/26");

        var json = AnswerCard.Build(answer, AnswerCard.InlineChart(new ChartCache())).ToJson();

        Assert.Contains("45.22% in Q2 2025/26", json);
        Assert.Contains("\"title\":\"Target\",\"value\":\"30%\"", json);
        Assert.Contains("England", json);
        Assert.Contains("33.14%", json);
        Assert.Contains("data:image/png;base64,", json);
        Assert.Contains("\"isVisible\":false", json);
        Assert.Contains("overdue", json);
    }

    [Fact]
    public async Task A_question_in_Teams_gets_the_answer_card_from_the_store()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(TempStore.WithDemoData());

        var response = await bot.PostAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, "whats red in childrens", id: "msg-red"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await connector.WaitForCallsAsync(1, where: c => c.Path.EndsWith("/activities/msg-red", StringComparison.Ordinal)));
        var card = reply.Body.GetProperty("attachments")[0].GetProperty("content").GetRawText();
        Assert.Contains("Percentage of looked after children placed outside the council area", card);
        Assert.Contains("Rate of permanent exclusions from schools", card);
        Assert.Equal(JsonValueKind.Array, reply.Body.GetProperty("attachments").ValueKind);
    }

    [Fact]
    public async Task Behind_a_public_address_the_card_links_to_a_chart_the_host_draws()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(TempStore.WithDemoData(), settings: [("PublicBaseUrl", "https://perfbot.example.gov.uk")]);

        await bot.PostAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, "LAC out of area", id: "msg-chart"));

        var reply = Assert.Single(await connector.WaitForCallsAsync(1, where: c => c.Path.EndsWith("/activities/msg-chart", StringComparison.Ordinal)));
        var card = reply.Body.GetProperty("attachments")[0].GetProperty("content").GetRawText();
        // The card's JSON writes & as \u0026.
        var link = System.Text.RegularExpressions.Regex.Match(card, @"https://perfbot\.example\.gov\.uk/charts/[^""]+").Value.Replace("\\u0026", "&");
        Assert.Matches(@"^https://perfbot\.example\.gov\.uk/charts/lac-placed-out-of-area\.png\?from=[A-Za-z0-9%-]+&to=Oct-25&n=\d+&expires=\d+&sig=[A-Za-z0-9_-]+$", link);
        Assert.DoesNotContain("data:image/png", card);
        // The link's periods choose what is drawn: the card's three draw (ChartLinkTests covers the signature).
        var png = await bot.Http.GetAsync(link.Replace("https://perfbot.example.gov.uk/", ""));
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], (await png.Content.ReadAsByteArrayAsync())[..4]);
    }
}
