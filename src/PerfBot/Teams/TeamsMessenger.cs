using PerfBot.Conversations;

namespace PerfBot.Teams;

/// <summary>Proactive messages through the Bot Connector, to conversations whose references were stored at install.</summary>
internal sealed class TeamsMessenger(ConnectorClient connector, ConversationReferenceStore references) : IMessenger
{
    public async Task<string?> SendAsync(ConversationReference to, ChatReply message, CancellationToken cancellationToken)
    {
        var sent = await connector.SendAsync(to.ServiceUrl, to.ConversationId, Message(to, message), cancellationToken);
        return sent?.Id;
    }

    public async Task<SentMessage> StartPersonalChatAsync(string userAadObjectId, string tenantId, ChatReply message, CancellationToken cancellationToken)
    {
        // The serviceUrl and bot id of any conversation in the tenant: a serviceUrl is never invented.
        var anchor = references.FindAnyInTenant(tenantId)
            ?? throw new InvalidOperationException($"PerfBot is not installed anywhere in tenant {tenantId}, so it has no trusted serviceUrl there.");
        var created = await connector.CreateConversationAsync(anchor.ServiceUrl, new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount(anchor.BotId, anchor.BotName),
            Members = [new ChannelAccount(userAadObjectId) { AadObjectId = userAadObjectId }],
            TenantId = tenantId,
            ChannelData = new TeamsChannelData { Tenant = new IdOnly(tenantId) },
        }, cancellationToken);
        var chat = new ConversationReference(created.Id!, anchor.ChannelId, anchor.ServiceUrl, ChatScope.Personal, tenantId, anchor.BotId, anchor.BotName,
            UserAadObjectId: userAadObjectId);
        references.Save(chat);
        var messageId = await SendAsync(chat, message, cancellationToken);
        return new SentMessage(chat.ConversationId, messageId);
    }

    private static Activity Message(ConversationReference to, ChatReply message, string? replyToId = null) =>
        OutboundActivity.Message(message, new ChannelAccount(to.BotId, to.BotName), to.ConversationId, to.Scope, replyToId: replyToId) with
        {
            ChannelData = to.TenantId is null ? null : new TeamsChannelData { Tenant = new IdOnly(to.TenantId) },
        };
}
