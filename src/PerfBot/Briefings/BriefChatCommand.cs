using System.Text.RegularExpressions;
using PerfBot.Committees;
using PerfBot.Conversations;
using PerfBot.Conversations.Commands;
using PerfBot.Council;

namespace PerfBot.Briefings;

/// <summary>
/// The chat command "brief": the next meeting's brief, as of today, for whoever asks — if they are a member of the
/// committee's team.
/// Membership: in a team channel linked to a committee, the asker can post there, so Teams has already checked they
/// belong to the team; the brief then goes to them in 1:1 (its download link is theirs alone, so it is never posted in
/// the channel). In a 1:1 or group chat PerfBot cannot see the team's roster, so it answers only the committee's chair
/// as configured in briefing_settings and points everyone else to the channel.
/// </summary>
public sealed partial class BriefChatCommand(
    BriefDispatcher briefings,
    CommitteeRepository committees,
    CommitteeChannelLinks links,
    CommitteeBriefingSettingsStore settings) : IChatCommand
{
    public int Order => ChatCommandOrder.Brief;

    public ChatCommandHelp Help { get; } = new(
        "brief [committee]", "The next meeting's pre-meeting brief, sent to you in a 1:1 chat with its Word document.",
        "brief", "in your committee's channel; the chair also in a 1:1 chat");

    public bool Matches(ChatTurn turn) => Command().IsMatch(turn.Text.Trim());

    public async Task<ChatReply> RunAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        var name = Command().Match(turn.Text.Trim()).Groups["name"].Value.Trim();

        if (turn.Place is { Scope: ChatScope.Channel, TeamsChannelId: { } channelId })
        {
            if (links.FindLink(channelId) is not { } link)
                return new ChatReply("This channel is not linked to a committee yet: type 'link committee <name>' here first.");
            var committee = committees.Committees().Single(c => c.Id == link.CommitteeId);
            return await SendPersonallyAsync(turn, committee, cancellationToken);
        }

        var all = committees.Committees();
        var resolution = name.Length == 0 && all.Count == 1 ? new CommitteeNames.Found(all[0]) : CommitteeNames.Resolve(name, all);
        if (resolution is not CommitteeNames.Found(var found))
            return new ChatReply(name.Length == 0 ? "Which committee? Type 'brief <committee name>'." : CommitteeNames.Explain(name, resolution));
        if (turn.From.AadObjectId is not { } asker || settings.For(found.Id).ChairAadObjectId != asker)
            return new ChatReply($"I can only check who belongs to the {found.Name}'s team in its channel: type 'brief' there and I'll send it to you here.");
        return await SendPersonallyAsync(turn, found, cancellationToken);
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
