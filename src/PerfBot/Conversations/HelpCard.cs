using PerfBot.Cards;
using PerfBot.Conversations.Commands;

namespace PerfBot.Conversations;

/// <summary>
/// The one help answer: what PerfBot can answer (from the store), example questions that work on this store, and the
/// commands of the command table. Every example on it is something PerfBot answers.
/// </summary>
public static class HelpCard
{
    /// <param name="answers">What the store lets PerfBot answer, in a sentence or two.</param>
    /// <param name="examples">Questions made from the store's own indicators and committees.</param>
    public static ChatReply Reply(string answers, IReadOnlyList<string> examples, IReadOnlyList<ChatCommandHelp> commands)
    {
        examples = examples.Select(Sentence).ToList();
        var body = new List<CardElement>
        {
            TextBlock.Heading("What PerfBot answers"),
            new TextBlock(answers),
        };
        if (examples.Count > 0)
        {
            body.Add(TextBlock.Subtle("Try asking:"));
            body.Add(new Container(examples.Select(e => (CardElement)TextBlock.Markdown(CardMarkdown.Of($"- {e}"))).ToList()));
        }
        if (commands.Count > 0)
        {
            body.Add(TextBlock.Subtle("Commands:"));
            body.Add(new FactSet(commands.Select(c => new Fact(c.Usage, c.Where is null ? c.Description : $"{c.Description} ({c.Where})")).ToList()));
        }
        var card = new AdaptiveCard(body) { Actions = examples.Take(MaxButtons).Select(e => (CardAction)SubmitAction.Ask(e)).ToList() };
        var text = string.Join("\n", new[] { answers }
            .Concat(examples.Select(e => $"Try: {e}"))
            .Concat(commands.Select(c => $"{c.Usage}: {c.Description}{(c.Where is null ? "" : $" ({c.Where})")}")));
        return ChatReply.WithCard(text, card) with { SuggestedActions = examples.Take(3).Select(ChatSuggestion.Of).ToList() };
    }

    /// <summary>Teams shows up to six actions on a card; five leaves the examples readable on a phone.</summary>
    private const int MaxButtons = 5;

    private static string Sentence(string question) => question.Length == 0 ? question : char.ToUpperInvariant(question[0]) + question[1..];
}
