using PerfBot.Briefings;
using PerfBot.Cards;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Briefings;

/// <summary>The brief card for 21 January 2026: complete, within Teams' size limit, and parsed cleanly by the adaptivecards library.</summary>
public sealed class BriefCardTests : IDisposable
{
    private readonly DemoStore store = new();

    public void Dispose() => store.Dispose();

    private BriefMessage Message(Uri? link) => new("brief-id", store.BriefFor(new DateOnly(2026, 1, 21)), link);

    [Fact]
    public void Names_every_red_and_amber_worsening_measure_risk_200_and_links_to_the_word_version()
    {
        var link = new Uri("https://perfbot.example.gov.uk/briefings/brief-id.docx?for=oid&expires=1&sig=x");
        var reply = BriefCard.Reply(Message(link));
        var json = reply.Card!.ToJson();

        var texts = Texts(System.Text.Json.Nodes.JsonNode.Parse(json)!).ToList();
        foreach (var name in PeopleAndHealthJanuary2026BriefTests.AppendixOneRed.Concat(PeopleAndHealthJanuary2026BriefTests.AppendixTwoAmberWorsening))
            Assert.Contains(name, texts);
        Assert.Contains(texts, t => t.StartsWith("**Risk 200** (Very High): As a result of health service reform", StringComparison.Ordinal));
        var open = Assert.IsType<OpenUrlAction>(Assert.Single(reply.Card.Actions!));
        Assert.Equal(link.AbsoluteUri, open.Url);
        Assert.StartsWith("Brief for the People and Health Scrutiny Committee meeting on 21 January 2026: 9 red, 7 amber and worsening", reply.Text, StringComparison.Ordinal);
        // Teams refuses messages over about 28 KB of card.
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(json) < 28_000, $"card is {json.Length} characters");
    }

    [Fact]
    public void A_channel_post_has_no_link()
    {
        Assert.True(BriefCard.Reply(Message(null)).Card!.Actions is null or { Count: 0 });
    }

    [Fact]
    public async Task The_adaptivecards_library_parses_the_card_cleanly()
    {
        var problems = await AdaptiveCardsLibrary.ProblemsAsync([BriefCard.Card(Message(new Uri("https://perfbot.example.gov.uk/b.docx")))]);
        Assert.Empty(problems[0]);
    }

    /// <summary>Every "text" in the card's JSON, as a client reads it.</summary>
    private static IEnumerable<string> Texts(System.Text.Json.Nodes.JsonNode node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => o.SelectMany(p => p.Key == "text" && p.Value is System.Text.Json.Nodes.JsonValue v ? [v.GetValue<string>()] : p.Value is null ? [] : Texts(p.Value)),
        System.Text.Json.Nodes.JsonArray a => a.OfType<System.Text.Json.Nodes.JsonNode>().SelectMany(Texts),
        _ => [],
    };
}
