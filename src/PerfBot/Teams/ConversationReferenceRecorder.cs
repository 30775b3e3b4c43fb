using PerfBot.Conversations;

namespace PerfBot.Teams;

/// <summary>
/// Stores an accepted activity's conversation reference, unless its serviceUrl is one the bot would refuse to call. It
/// is written in the background: a turn never waits for the store's write lock.
/// </summary>
internal sealed class ConversationReferenceRecorder(ConversationReferenceStore references, TrustedServiceUrls trusted, ILogger<ConversationReferenceRecorder> log)
{
    /// <param name="installed">The activity installed the bot: the reference is written even if this process saved it lately.</param>
    public ConversationReference? Save(Activity activity, bool installed = false)
    {
        if (!trusted.IsTrusted(activity.ServiceUrl!))
        {
            log.LogWarning("Not storing {Conversation}: its serviceUrl {ServiceUrl} is not trusted", activity.Conversation!.Id, activity.ServiceUrl);
            return null;
        }
        var reference = InboundActivity.Reference(activity);
        if (!references.SaveLater(reference, installed))
            log.LogWarning("Not storing {Conversation} now: {Count} references are already waiting to be written", reference.ConversationId, PendingReferences.DefaultCapacity);
        return reference;
    }
}
