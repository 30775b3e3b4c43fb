using PerfBot.Conversations;

namespace PerfBot.Teams;

/// <summary>Members through the Bot Connector's GET /v3/conversations/{conversation}/members/{member}, which Teams answers with the member's email and UPN.</summary>
internal sealed class TeamsMemberDirectory(ConnectorClient connector) : IMemberDirectory
{
    public async Task<MemberProfile?> FindAsync(ConversationReference conversation, string userId, CancellationToken cancellationToken) =>
        await connector.GetMemberAsync(conversation.ServiceUrl, conversation.ConversationId, userId, cancellationToken) is { } member
            ? new MemberProfile(member.Name, member.Email, member.UserPrincipalName)
            : null;
}
