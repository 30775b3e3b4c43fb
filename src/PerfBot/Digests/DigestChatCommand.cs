using System.Text.RegularExpressions;
using PerfBot.Committees;
using PerfBot.Council;
using PerfBot.Conversations;
using PerfBot.Conversations.Commands;
using PerfBot.Delivery;

namespace PerfBot.Digests;

/// <summary>"digest" in a linked channel, or "digest &lt;committee&gt;": the committee's digest as of today, composed now.</summary>
public sealed partial class DigestChatCommand(CommitteeRepository committees, CommitteeChannelLinks links, DigestBuilder digests, CouncilClock clock) : IChatCommand
{
    public int Order => ChatCommandOrder.Digest;

    public ChatCommandHelp Help { get; } = new(
        "digest [committee]", "The committee's exceptions now: Red, or Amber and Worsening, and what changed since its last digest.",
        "digest People and Health");

    public bool Matches(ChatTurn turn) => Pattern().IsMatch(turn.Text.Trim());

    public Task<ChatReply> RunAsync(ChatTurn turn, CancellationToken cancellationToken) =>
        Task.FromResult(Digest(turn, Pattern().Match(turn.Text.Trim()).Groups["name"].Value.Trim()));

    private ChatReply Digest(ChatTurn turn, string name)
    {
        Committee committee;
        if (name.Length > 0)
        {
            var resolution = CommitteeNames.Resolve(name, committees.Committees());
            if (resolution is not CommitteeNames.Found(var found)) return new ChatReply(CommitteeNames.Explain(name, resolution));
            committee = found;
        }
        else if (turn.Place.TeamsChannelId is { } channel && links.FindLink(channel) is { } link)
        {
            committee = committees.Committees().Single(c => c.Id == link.CommitteeId);
        }
        else
        {
            return new ChatReply("This conversation isn't linked to a committee. Type 'digest <committee>', or 'link committee <name>' in the committee's channel.");
        }

        var today = clock.Today;
        var composed = digests.Build(committee, today, CouncilClock.WeekOf(today));
        return ChatReply.WithCard(DigestText.Write(composed), DigestCard.Build(composed));
    }

    [GeneratedRegex(@"^digest(?:\s+(?:for\s+|of\s+)?(?<name>.+?))?[.!?]?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
