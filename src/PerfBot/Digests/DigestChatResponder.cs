using System.Text.RegularExpressions;
using PerfBot.Alerts;
using PerfBot.Committees;
using PerfBot.Conversations;
using PerfBot.Digests.Delivery;
using PerfBot.Council;

namespace PerfBot.Digests;

/// <summary>
/// The chat commands of digests and alerts, in front of the responder that handles everything else: "digest" (in a
/// linked channel) or "digest &lt;committee&gt;" posts the digest now; "alert me about …", "my alerts" and "stop alerts
/// for …" manage an officer's alerts in their 1:1 chat.
/// </summary>
public sealed partial class DigestChatResponder(
    IChatResponder next, CommitteeRepository committees, CommitteeChannelLinks links, DigestBuilder digests, AlertConversation alerts,
    AlertStore alertRecipients, ConversationReferenceStore references, IMemberDirectory members, CouncilClock clock, ILogger<DigestChatResponder> log)
    : IChatResponder
{
    public async Task<ChatReply> RespondAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        var text = turn.Text.Trim();
        if (DigestCommand().Match(text) is { Success: true } digest) return Digest(turn, digest.Groups["name"].Value.Trim());
        if (AlertCommand.Parse(text) is { } command) return await AlertAsync(turn, command, cancellationToken);
        return await next.RespondAsync(turn, cancellationToken);
    }

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
        var composed = digests.Build(committee, today, DigestStore.WeekOf(today));
        return ChatReply.WithCard(DigestText.Write(composed), DigestCard.Build(composed));
    }

    private async Task<ChatReply> AlertAsync(ChatTurn turn, AlertCommand command, CancellationToken cancellationToken)
    {
        var personal = turn.Place.Scope == ChatScope.Personal;
        var userId = turn.From.AadObjectId ?? turn.From.Id;
        var officer = new AlertConversation.Officer(userId, turn.From.Name, turn.Place.ConversationId, personal,
            personal ? await EmailOfAsync(turn, userId, cancellationToken) : null);
        var reply = alerts.Handle(command, officer);
        return new ChatReply(reply.Text) { SuggestedActions = command is AlertCommand.List ? [] : ["my alerts"] };
    }

    /// <summary>
    /// The officer's email, so that indicators whose owner is written as an email reach them: asked of the chat's roster
    /// the first time they use an alert command, then kept. A lookup that fails costs the officer nothing but that match.
    /// </summary>
    private async Task<string?> EmailOfAsync(ChatTurn turn, string userId, CancellationToken cancellationToken)
    {
        if (alertRecipients.FindRecipient(userId)?.Email is { } known) return known;
        if (references.Find(turn.Place.ConversationId) is not { } conversation) return null;
        try
        {
            var profile = await members.FindAsync(conversation, turn.From.Id, cancellationToken);
            return profile?.Email ?? profile?.UserPrincipalName;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Could not look up {User}'s email in {Conversation}; owner alerts by email will not reach them yet", userId, turn.Place.ConversationId);
            return null;
        }
    }

    [GeneratedRegex(@"^digest(?:\s+(?:for\s+|of\s+)?(?<name>.+?))?[.!?]?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DigestCommand();
}
