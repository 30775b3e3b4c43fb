using System.Text.RegularExpressions;
using PerfBot.Cards;
using PerfBot.Conversations;
using PerfBot.Conversations.Commands;
using PerfBot.Roles;

namespace PerfBot.Channels;

/// <summary>"unlink committee" in a linked channel: it no longer receives the committee's digests. PerfBot's administrators only.</summary>
public sealed partial class UnlinkCommitteeCommand(ChannelLinkChanges changes, OfficerRoles roles, Refusals refusals) : IChatCommand
{
    public int Order => ChatCommandOrder.UnlinkCommittee;

    public ChatCommandHelp Help { get; } = new(
        "unlink committee", "Unlinks this channel from its committee: its digests are no longer posted here. For PerfBot's administrators.",
        "unlink committee", "in a linked team channel");

    public bool Matches(ChatTurn turn) => Pattern().IsMatch(turn.Text.Trim());

    public async Task<ChatReply> RunAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Place is not { Scope: ChatScope.Channel, TeamsChannelId: { } channelId })
            return new ChatReply("Only a team channel is linked to a committee: type 'unlink committee' in the channel itself.");
        var person = await roles.IdentifyAsync(turn, cancellationToken);
        if (!roles.IsAdministrator(person))
            return refusals.Refuse(turn, person, "unlink this channel from its committee", OfficerRoles.AdministratorsAre, subject: channelId);
        if (changes.Unlink(channelId, turn.From, person) is not { } change)
            return new ChatReply("This channel is not linked to a committee: there is nothing to unlink.");
        var card = new AdaptiveCard(
            TextBlock.Heading("Channel unlinked"),
            new TextBlock(change.Announcement),
            new FactSet(new Fact("Committee", change.Before!), new Fact("Unlinked by", person.Display)));
        return ChatReply.WithCard(change.Announcement, card);
    }

    [GeneratedRegex(@"^unlink\s+committee\b.*$", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
