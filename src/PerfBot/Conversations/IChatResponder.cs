namespace PerfBot.Conversations;

/// <summary>
/// Answers a turn that is not a command: the question reader in the bot, a scripted responder in tests. The Teams
/// channel reaches it through <see cref="ChatRouter"/>, for typed text and card buttons alike.
/// </summary>
public interface IChatResponder
{
    Task<ChatReply> RespondAsync(ChatTurn turn, CancellationToken cancellationToken);
}
