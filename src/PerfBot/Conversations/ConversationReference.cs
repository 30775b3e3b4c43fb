namespace PerfBot.Conversations;

/// <summary>
/// Everything needed to message a conversation later without being spoken to first. ServiceUrl comes only from
/// authenticated inbound activities; the outbound client refuses any other.
/// </summary>
public sealed record ConversationReference(
    string ConversationId,
    string ChannelId,
    string ServiceUrl,
    ChatScope Scope,
    string? TenantId,
    string BotId,
    string? BotName = null,
    string? TeamId = null,
    string? TeamsChannelId = null,
    string? UserId = null,
    string? UserAadObjectId = null);
