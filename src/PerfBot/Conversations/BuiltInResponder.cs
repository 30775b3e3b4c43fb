using System.Text.RegularExpressions;
using PerfBot.Cards;

namespace PerfBot.Conversations;

/// <summary>
/// The commands PerfBot understands before question answering is connected: "help" and, in a team channel,
/// "link committee &lt;name&gt;". Everything else gets the help card.
/// </summary>
public sealed partial class BuiltInResponder(CommitteeChannelLinks links) : IChatResponder
{
    /// <summary>True for the texts this responder owns ("help", "link committee …"), so a question answerer can hand them over.</summary>
    public static bool IsCommand(string text) =>
        text.Trim().Equals("help", StringComparison.OrdinalIgnoreCase) || LinkCommand().IsMatch(text.Trim());

    public Task<ChatReply> RespondAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        var link = LinkCommand().Match(turn.Text.Trim());
        var reply = link.Success ? LinkCommittee(turn, link.Groups["name"].Value) : HelpCard.Reply();
        return Task.FromResult(reply);
    }

    private ChatReply LinkCommittee(ChatTurn turn, string name)
    {
        if (turn.Place is not { Scope: ChatScope.Channel, TeamsChannelId: { } channelId })
            return new ChatReply("Committees are linked to team channels: type 'link committee <name>' in the channel that should receive its digests.");

        switch (links.FindCommittee(name))
        {
            case CommitteeChannelLinks.Lookup.Found(var committee):
                links.LinkChannel(channelId, committee.Id, turn.From);
                var card = new AdaptiveCard(
                    TextBlock.Heading("Channel linked"),
                    new TextBlock($"This channel will receive the digests and briefings of the {committee.Name}."),
                    new FactSet(new Fact("Committee", committee.Name), new Fact("Linked by", turn.From.Name ?? turn.From.Id)));
                return ChatReply.WithCard($"This channel is now linked to the {committee.Name}.", card);
            case CommitteeChannelLinks.Lookup.Ambiguous(var candidates, _):
                return CommitteeList($"'{name.Trim()}' matches more than one committee. Which one?", candidates);
            case CommitteeChannelLinks.Lookup.NotFound(var known):
                return CommitteeList($"I don't know a committee called '{name.Trim()}'.", known);
            default:
                throw new InvalidOperationException("Unknown lookup result.");
        }
    }

    private static ChatReply CommitteeList(string problem, IReadOnlyList<CommitteeChannelLinks.Committee> committees)
    {
        if (committees.Count == 0)
            return new ChatReply($"{problem} No committees are loaded yet: import the performance reports first.");
        var text = $"{problem} The committees I know are: {string.Join("; ", committees.Select(c => c.Name))}.";
        var card = new AdaptiveCard(
            new TextBlock(problem) { Weight = TextWeight.Bolder },
            new TextBlock("Committees I know:"),
            new Container(committees.Select(c => (CardElement)new TextBlock($"- {c.Name}")).ToList()))
        {
            Actions = committees.Take(5).Select(c => (CardAction)SubmitAction.Ask($"link committee {c.Name}", $"Link {c.Name}")).ToList(),
        };
        return ChatReply.WithCard(text, card);
    }

    [GeneratedRegex(@"^link\s+committee\b\s*(?<name>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LinkCommand();
}
