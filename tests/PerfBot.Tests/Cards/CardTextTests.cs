using System.Net;
using System.Text.RegularExpressions;
using PerfBot.Cards;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Cards;

/// <summary>
/// Data in a card is plain text: rendered by the adaptivecards library with markdown-it, as a web client does, a
/// comment with Markdown in it shows as typed — no link, no bold, no list — while PerfBot's own formatting still works.
/// </summary>
public sealed partial class CardTextTests
{
    private static AdaptiveCard CardOf(string data) => new(
        TextBlock.Heading(data),
        new TextBlock(data),
        new FactSet(new Fact(data, data)),
        Table.OfText([data], [[data]]),
        new Container(new ColumnSet(new Column(new TextBlock(data)))));

    [Fact]
    public async Task Every_line_of_hostile_text_renders_as_plain_text_in_every_element()
    {
        var lines = HostileText.Markdown.Append(HostileText.EveryCategory).Append(HostileText.Text).ToList();
        var cards = lines.Select(CardOf).ToList();

        var problems = await AdaptiveCardsLibrary.ProblemsAsync(cards);
        Assert.All(problems, p => Assert.Empty(p));
        var rendered = await AdaptiveCardsLibrary.RenderTextAsync(cards);

        foreach (var (line, texts) in lines.Zip(rendered))
        {
            Assert.Equal(7, texts.Count);
            foreach (var text in texts)
            {
                Assert.True(Tags(text.Html).All(t => t is "p" or "br"), $"'{line}' rendered as {text.Html}");
                Assert.Equal(HostileText.Visible(line), HostileText.Visible(WebUtility.HtmlDecode(Regex.Replace(text.Html, "<[^>]+>", ""))));
            }
        }
    }

    [Fact]
    public async Task PerfBots_own_formatting_still_renders_with_the_data_inside_it_escaped()
    {
        var card = new AdaptiveCard(
            TextBlock.Markdown(CardMarkdown.Of($"**{HostileText.Link}**: {"__not bold__"}")),
            TextBlock.Markdown(CardMarkdown.Of($"- {"1. not a number"}")),
            TextBlock.Markdown(CardMarkdown.Of($"{3}. {"# not a heading"}")));

        var html = (await AdaptiveCardsLibrary.RenderTextAsync([card]))[0].Select(t => t.Html).ToList();

        Assert.Equal(["p", "strong", "strong", "p"], Tags(html[0]));
        Assert.Contains("[click here](https://evil.example/steal)", WebUtility.HtmlDecode(html[0]));
        Assert.Contains("__not bold__", html[0]);
        Assert.Equal(["ul", "li", "li", "ul"], Tags(html[1]));
        Assert.Contains("1. not a number", html[1]);
        Assert.Equal(["ol", "li", "li", "ol"], Tags(html[2]));
        Assert.Contains("start=\"3\"", html[2]);
        Assert.Contains("# not a heading", html[2]);
    }

    private static List<string> Tags(string html) => TagName().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex(@"</?([a-z0-9]+)")]
    private static partial Regex TagName();
}
