using System.Text.RegularExpressions;
using PerfBot.Cards;
using PerfBot.Committees;

namespace PerfBot.Conversations.Commands;

/// <summary>"link committee &lt;name&gt;" in a team channel: the channel receives that committee's digests.</summary>
public sealed partial class LinkCommitteeCommand(CommitteeChannelLinks links, CommitteeRepository committees) : IChatCommand
{
    public int Order => ChatCommandOrder.LinkCommittee;

    public ChatCommandHelp Help { get; } = new(
        "link committee <name>", "Links this channel to a committee: its weekly digests and briefings are posted here.",
        "link committee People and Health", "in a team channel");

    public bool Matches(ChatTurn turn) => Pattern().IsMatch(turn.Text.Trim());

    public Task<ChatReply> RunAsync(ChatTurn turn, CancellationToken cancellationToken) =>
        Task.FromResult(Link(turn, Pattern().Match(turn.Text.Trim()).Groups["name"].Value));

    private ChatReply Link(ChatTurn turn, string name)
    {
        if (turn.Place is not { Scope: ChatScope.Channel, TeamsChannelId: { } channelId })
            return new ChatReply("Committees are linked to team channels: type 'link committee <name>' in the channel that should receive its digests.");

        switch (CommitteeNames.Resolve(name, committees.Committees()))
        {
            case CommitteeNames.Found(var committee):
                links.LinkChannel(channelId, committee.Id, turn.From);
                var card = new AdaptiveCard(
                    TextBlock.Heading("Channel linked"),
                    new TextBlock($"This channel will receive the digests and briefings of the {committee.Name}."),
                    new FactSet(new Fact("Committee", committee.Name), new Fact("Linked by", turn.From.Name ?? turn.From.Id)));
                return ChatReply.WithCard($"This channel is now linked to the {committee.Name}.", card);
            case CommitteeNames.Ambiguous(var candidates):
                return CommitteeList($"'{name.Trim()}' matches more than one committee. Which one?", candidates);
            case CommitteeNames.Unknown(var known):
                return CommitteeList($"I don't know a committee called '{name.Trim()}'.", known);
            default:
                throw new InvalidOperationException("Unknown resolution.");
        }
    }

    private static ChatReply CommitteeList(string problem, IReadOnlyList<Committee> committees)
    {
        if (committees.Count == 0)
            return new ChatReply($"{problem} No committees are loaded yet: import the performance reports first.");
        var text = $"{problem} The committees I know are: {string.Join("; ", committees.Select(c => c.Name))}.";
        var card = new AdaptiveCard(
            new TextBlock(problem) { Weight = TextWeight.Bolder },
            new TextBlock("Committees I know:"),
            new Container(committees.Select(c => (CardElement)TextBlock.Markdown(CardMarkdown.Of($"- {c.Name}"))).ToList()))
        {
            Actions = committees.Take(5).Select(c => (CardAction)SubmitAction.Ask($"link committee {c.Name}", $"Link {c.Name}")).ToList(),
        };
        return ChatReply.WithCard(text, card);
    }

    [GeneratedRegex(@"^link\s+committee\b\s*(?<name>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
