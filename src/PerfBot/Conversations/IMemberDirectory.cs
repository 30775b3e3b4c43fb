namespace PerfBot.Conversations;

/// <summary>A member of a conversation as the chat platform knows them; any part may be missing.</summary>
public sealed record MemberProfile(string? Name, string? Email, string? UserPrincipalName);

/// <summary>
/// Looks a conversation's member up by the id their messages carry. Teams puts no email on a message, and indicator
/// files name owners by email, so alerts ask here once per officer.
/// </summary>
public interface IMemberDirectory
{
    /// <summary>The member's profile; null when the conversation has no such member.</summary>
    Task<MemberProfile?> FindAsync(ConversationReference conversation, string userId, CancellationToken cancellationToken);
}
