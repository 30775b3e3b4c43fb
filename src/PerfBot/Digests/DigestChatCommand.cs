using System.Text.RegularExpressions;
using PerfBot.Committees;
using PerfBot.Council;
using PerfBot.Conversations;
using PerfBot.Conversations.Commands;
using PerfBot.Delivery;

namespace PerfBot.Digests;

/// <summary>
/// "digest" in a channel linked to a committee: that committee's digest as of today, composed now. Only there: the
/// channel an administrator linked is where the committee's digests are read, so it is not given in any other chat.
/// </summary>
public sealed partial class DigestChatCommand(CommitteeRepository committees, CommitteeChannelLinks links, DigestBuilder digests, CouncilClock clock) : IChatCommand
{
    public const string OnlyInItsChannel =
        "A committee's digest is given only in its own channel, the one linked to it: type 'digest' there. Here, ask me about any indicator, e.g. 'what's red?'.";

    public int Order => ChatCommandOrder.Digest;

    public ChatCommandHelp Help { get; } = new(
        "digest", "The committee's exceptions now: Red, or Amber and Worsening, and what changed since its last digest.",
        "digest", "in the committee's channel");

    public bool Matches(ChatTurn turn) => Pattern().IsMatch(turn.Text.Trim());

    public Task<ChatReply> RunAsync(ChatTurn turn, CancellationToken cancellationToken) =>
        Task.FromResult(Digest(turn, Pattern().Match(turn.Text.Trim()).Groups["name"].Value.Trim()));

    private ChatReply Digest(ChatTurn turn, string name)
    {
        if (turn.Place is not { Scope: ChatScope.Channel, TeamsChannelId: { } channel } || links.FindLink(channel) is not { } link)
            return new ChatReply(OnlyInItsChannel);
        var committee = committees.Committees().Single(c => c.Id == link.CommitteeId);
        if (name.Length > 0 && !(CommitteeNames.Resolve(name, [committee]) is CommitteeNames.Found))
            return new ChatReply($"This channel receives the {committee.Name}'s digest: type 'digest' here for it. Another committee's digest is given in that committee's own channel.");

        var today = clock.Today;
        var composed = digests.Build(committee, today, CouncilClock.WeekOf(today));
        return ChatReply.WithCard(DigestText.Write(composed), DigestCard.Build(composed));
    }

    [GeneratedRegex(@"^digest(?:\s+(?:for\s+|of\s+)?(?<name>.+?))?[.!?]?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
