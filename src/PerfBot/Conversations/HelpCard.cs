using PerfBot.Cards;

namespace PerfBot.Conversations;

/// <summary>What PerfBot answers, with buttons that ask the typical questions.</summary>
public static class HelpCard
{
    public const string Text =
        "I'm PerfBot. Ask me about your committee's performance indicators: their status, what's red, trends, " +
        "comparisons with benchmarks, why and what's being done, and the next meeting. I also post digests and briefings.";

    private static readonly (string Topic, string Example)[] Topics =
    [
        ("Status", "How is delayed transfers of care doing?"),
        ("What's red", "What's red this quarter?"),
        ("Trends", "Show the trend for rough sleepers"),
        ("Benchmarks", "How do we compare with England?"),
        ("Why and actions", "Why is it red and what's being done?"),
        ("Next meeting", "When is the next meeting?"),
        ("Digests and briefings", "Type 'link committee' and the committee's name in a team channel to get its digests there"),
        ("Pre-meeting brief", "Type 'brief' in your committee's channel: the next meeting's brief comes to you in a 1:1 chat"),
    ];

    public static ChatReply Reply(string? preface = null)
    {
        var body = new List<CardElement>();
        if (preface is not null) body.Add(new TextBlock(preface) { Color = TextColor.Attention });
        body.Add(TextBlock.Heading("What PerfBot answers"));
        body.Add(new TextBlock("Ask about the performance indicators your scrutiny committee follows. Every figure comes with its period and source."));
        body.Add(new FactSet(Topics.Select(t => new Fact(t.Topic, t.Example)).ToList()));
        var card = new AdaptiveCard(body)
        {
            Actions = [SubmitAction.Ask("What's red?"), SubmitAction.Ask("When is the next meeting?"), SubmitAction.Ask("help", "Help")],
        };
        return ChatReply.WithCard(preface is null ? Text : $"{preface}\n\n{Text}", card) with
        {
            SuggestedActions = ["What's red?", "help"],
        };
    }
}
