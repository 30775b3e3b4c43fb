using PerfBot.Conversations.Commands;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfBot.Cards;
using PerfBot.Conversations;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Cards;

/// <summary>Every card PerfBot builds parses without a single problem in Microsoft's adaptivecards library.</summary>
public class AdaptiveCardValidationTests
{
    /// <summary>One card with every element and action the model offers, nested the way answer cards will nest them.</summary>
    public static AdaptiveCard Showcase() => new(
        TextBlock.Heading("Delayed transfers of care"),
        TextBlock.Subtle("Q2 2025/26 · source: People and Health Scrutiny, 12 Nov 2025"),
        new ColumnSet(
            new Column(new TextBlock("RED") { Color = TextColor.Attention, Weight = TextWeight.Bolder }) { Width = "auto" },
            new Column(new TextBlock("14.2 per 100,000 against a target of 9.0")) { Width = "stretch" }),
        new FactSet(new Fact("Value", "14.2"), new Fact("Target", "9.0"), new Fact("England", "11.0")),
        new Container(new TextBlock("Why: hospital discharge delays over winter."), new TextBlock("Actions: discharge-to-assess beds."))
        {
            Id = "why", IsVisible = false, Style = ContainerStyle.Emphasis,
        },
        new Image("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
        {
            AltText = "Trend chart", Size = ImageSize.Stretch,
        },
        Table.OfText(["Period", "Value", "RAG"], [["Q1", "12.9", "Amber"], ["Q2", "14.2", "Red"]]),
        new ActionSet(new ToggleVisibilityAction("Why and actions", ["why"]), ExecuteAction.Ask("Show the trend")))
    {
        Actions =
        [
            SubmitAction.Ask("What's red?"),
            new ShowCardAction("More", new AdaptiveCard(new TextBlock("Nested card")) { Teams = null }),
            new OpenUrlAction("Report", "https://moderngov.dorsetcouncil.gov.uk/"),
        ],
    };

    [Fact]
    public async Task The_showcase_and_the_built_in_replies_parse_with_no_problems()
    {
        var cards = new List<(string Name, AdaptiveCard Card)>
        {
            ("showcase", Showcase()),
            ("help", HelpCard.Reply("I answer from the 44 indicators in the store.", ["how is LAC out of area?", "what's red in Children's Services?"],
                [new ChatCommandHelp("digest [committee]", "The committee's exceptions now.", "digest People and Health"), new ChatCommandHelp("brief", "The next brief.", "brief", "in your committee's channel")]).Card!),
            ("help without examples or commands", HelpCard.Reply("No indicators are loaded yet.", [], []).Card!),
        };

        var problems = await AdaptiveCardsLibrary.ProblemsAsync(cards.Select(c => c.Card).ToList());

        Assert.All(cards.Zip(problems), pair => Assert.True(pair.Second.Count == 0, $"{pair.First.Name}: {string.Join("; ", pair.Second)}"));
    }

    [Fact]
    public async Task The_validator_does_report_a_broken_card()
    {
        var broken = new AdaptiveCard(new TextBlock("one") { Id = "same" }, new TextBlock("two") { Id = "same" });
        var problems = await AdaptiveCardsLibrary.ProblemsAsync([broken]);
        Assert.NotEmpty(problems[0]);
    }

    [Fact]
    public void Cards_are_schema_1_5_with_a_type_on_every_element_and_no_nulls()
    {
        var json = JsonNode.Parse(Showcase().ToJson())!;
        Assert.Equal("AdaptiveCard", json["type"]!.GetValue<string>());
        Assert.Equal("1.5", json["version"]!.GetValue<string>());
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", json["$schema"]!.GetValue<string>());
        Assert.Equal("Full", json["msteams"]!["width"]!.GetValue<string>());
        Assert.DoesNotContain("null", json.ToJsonString());
        Assert.All(json["body"]!.AsArray(), element => Assert.False(string.IsNullOrEmpty(element!["type"]?.GetValue<string>())));
        Assert.Equal("Action.Submit", json["actions"]![0]!["type"]!.GetValue<string>());
        Assert.Equal("What's red?", json["actions"]![0]!["data"]!["ask"]!.GetValue<string>());
        Assert.Equal("attention", json["body"]![2]!["columns"]![0]!["items"]![0]!["color"]!.GetValue<string>());
    }

    [Fact]
    public void A_reply_with_a_card_gives_the_card_its_text_as_fallback()
    {
        var reply = ChatReply.WithCard("Plain words", new AdaptiveCard(new TextBlock("x")));
        Assert.Equal("Plain words", JsonDocument.Parse(reply.Card!.ToJson()).RootElement.GetProperty("fallbackText").GetString());
    }
}
