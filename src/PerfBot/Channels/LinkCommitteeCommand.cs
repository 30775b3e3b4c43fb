using System.Text.RegularExpressions;
using PerfBot.Cards;
using PerfBot.Committees;
using PerfBot.Conversations;
using PerfBot.Conversations.Commands;
using PerfBot.Roles;

namespace PerfBot.Channels;

/// <summary>
/// "link committee &lt;name&gt;" in a team channel: the channel receives that committee's digests (and briefs, if it
/// wants them posted). A link decides who reads a committee's business, so only PerfBot's administrators may make or
/// change one; anyone else is refused, with nothing changed, and the refusal audited.
/// </summary>
public sealed partial class LinkCommitteeCommand(ChannelLinkChanges changes, CommitteeRepository committees, OfficerRoles roles, Refusals refusals) : IChatCommand
{
    public int Order => ChatCommandOrder.LinkCommittee;

    public ChatCommandHelp Help { get; } = new(
        "link committee <name>", "Links this channel to a committee: its weekly digests are posted here. For PerfBot's administrators.",
        "link committee People and Health", "in a team channel");

    public bool Matches(ChatTurn turn) => Pattern().IsMatch(turn.Text.Trim());

    public async Task<ChatReply> RunAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Place is not { Scope: ChatScope.Channel, TeamsChannelId: { } channelId })
            return new ChatReply("Committees are linked to team channels: type 'link committee <name>' in the channel that should receive its digests.");
        var person = await roles.IdentifyAsync(turn, cancellationToken);
        if (!roles.IsAdministrator(person))
            return refusals.Refuse(turn, person, "link this channel to a committee", OfficerRoles.AdministratorsAre, subject: channelId);

        var name = Pattern().Match(turn.Text.Trim()).Groups["name"].Value;
        switch (CommitteeNames.Resolve(name, committees.Committees()))
        {
            case CommitteeNames.Found(var committee):
                var change = changes.Link(channelId, committee, turn.From, person);
                var facts = new List<Fact> { new("Committee", committee.Name), new("Linked by", person.Display) };
                if (change is { Changed: true, Before: { } before }) facts.Add(new Fact("Until now", before));
                var card = new AdaptiveCard(
                    TextBlock.Heading(change.Changed ? "Channel linked" : "Channel already linked"),
                    new TextBlock(change.Announcement),
                    new FactSet(facts));
                return ChatReply.WithCard(change.Announcement, card);
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
