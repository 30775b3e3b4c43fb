using System.Text.RegularExpressions;
using PerfBot.Committees;
using PerfBot.Conversations;
using PerfBot.Conversations.Commands;
using PerfBot.Council;
using PerfBot.Roles;

namespace PerfBot.Briefings;

/// <summary>
/// The chat command "brief": the next meeting's brief, as of today, sent in 1:1 to the committee's chair or one of the
/// people it names (<see cref="BriefAudience"/>) — and to no one else. In a channel linked to the committee it is that
/// committee's; elsewhere the committee is named. Being able to post in a linked channel proves nothing: links are made
/// by administrators for digests, and a channel's members are not the brief's audience.
/// </summary>
public sealed partial class BriefChatCommand(
    BriefDispatcher briefings,
    CommitteeRepository committees,
    CommitteeChannelLinks links,
    BriefAudience audience,
    OfficerRoles roles,
    Refusals refusals) : IChatCommand
{
    public int Order => ChatCommandOrder.Brief;

    public ChatCommandHelp Help { get; } = new(
        "brief [committee]", "The next meeting's pre-meeting brief, sent to you in a 1:1 chat with its Word document: for the committee's chair and the people it names.",
        "brief", "in your committee's channel, or in a 1:1 chat");

    public bool Matches(ChatTurn turn) => Command().IsMatch(turn.Text.Trim());

    public async Task<ChatReply> RunAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        var name = Command().Match(turn.Text.Trim()).Groups["name"].Value.Trim();
        Committee committee;
        if (turn.Place is { Scope: ChatScope.Channel, TeamsChannelId: { } channelId } && name.Length == 0)
        {
            if (links.FindLink(channelId) is not { } link)
                return new ChatReply("This channel is not linked to a committee: type 'brief <committee name>'.");
            committee = committees.Committees().Single(c => c.Id == link.CommitteeId);
        }
        else
        {
            var all = committees.Committees();
            var resolution = name.Length == 0 && all.Count == 1 ? new CommitteeNames.Found(all[0]) : CommitteeNames.Resolve(name, all);
            if (resolution is not CommitteeNames.Found(var found))
                return new ChatReply(name.Length == 0 ? "Which committee? Type 'brief <committee name>'." : CommitteeNames.Explain(name, resolution));
            committee = found;
        }

        var person = await roles.IdentifyAsync(turn, cancellationToken);
        if (!audience.Includes(committee.Id, person))
            return refusals.Refuse(turn, person, "receive its brief", $"the {committee.Name}'s chair and the people it names for its brief", subject: committee.Name,
                advice: "If you should receive it, ask your performance team to add you to the committee's brief.", outcome: "I have not sent it");
        return await SendPersonallyAsync(turn, committee, cancellationToken);
    }

    /// <summary>The brief goes to the asker in their 1:1 chat through the outbox, like every brief; the reply says so.</summary>
    private async Task<ChatReply> SendPersonallyAsync(ChatTurn turn, Committee committee, CancellationToken cancellationToken)
    {
        if (turn.From.AadObjectId is not { } asker)
            return new ChatReply("I couldn't tell who you are in Teams, so I can't send you a brief.");
        if (await briefings.SendRequestedAsync(committee, asker, turn.Place.TenantId, cancellationToken) is not { } request)
            return new ChatReply($"The {committee.Name} has no meeting in the calendar from today.");
        var meeting = $"the {committee.Name} meeting on {CouncilCulture.Date(request.Message.Brief.Meeting)}";
        if (!request.Sent)
            return new ChatReply($"I couldn't open a 1:1 chat with you for the brief for {meeting}: add PerfBot for yourself in Teams (Apps). I'll keep trying to send it.");
        return new ChatReply(turn.Place.Scope == ChatScope.Personal
            ? $"That is the brief for {meeting}."
            : $"I've sent you the brief for {meeting} in a 1:1 chat.");
    }

    [GeneratedRegex(@"^brief(?:\s+(?<name>.*))?$", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Command();
}
