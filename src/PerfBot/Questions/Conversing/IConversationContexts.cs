namespace PerfBot.Questions.Conversing;

/// <summary>
/// Where each conversation's context is kept between turns, under <see cref="ConversationContexts.KeyOf"/>. Neither
/// call ever fails an answer: a context that cannot be read is no context (the member is asked what they mean), and one
/// that cannot be kept is logged and lost.
/// </summary>
public interface IConversationContexts
{
    /// <summary>The key's context if one was kept within <see cref="ConversationContext.Lifetime"/>, else null.</summary>
    ValueTask<ConversationContext?> FindAsync(string key, CancellationToken cancellationToken);

    /// <summary>Keeps the context after an answer; null means the answer left nothing to follow on from.</summary>
    ValueTask KeepAsync(string key, ConversationContext? context, CancellationToken cancellationToken);
}
