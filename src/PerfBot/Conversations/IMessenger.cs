namespace PerfBot.Conversations;

/// <summary>
/// Sends messages the user did not just ask for: digests, alerts, briefs, through the outbox. Get it from DI. Sends to one
/// conversation are queued and paced within Teams' rate limits; each message is delivered once or the call throws.
/// </summary>
public interface IMessenger
{
    /// <summary>Posts into a stored conversation (for a channel: a new top-level post). Returns the new message's id.</summary>
    Task<string?> SendAsync(ConversationReference to, ChatReply message, CancellationToken cancellationToken);

    /// <summary>Starts (or resumes) a 1:1 chat with a user by Entra object id; the app must be installed for them.</summary>
    Task<SentMessage> StartPersonalChatAsync(string userAadObjectId, string tenantId, ChatReply message, CancellationToken cancellationToken);
}

/// <summary>Where a proactive message landed: the conversation (or thread) id and the message id.</summary>
public sealed record SentMessage(string ConversationId, string? MessageId);
