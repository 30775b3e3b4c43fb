namespace PerfBot.Conversations;

/// <summary>Answers a user's turn. The Teams channel calls it for typed text and for card buttons alike.</summary>
public interface IChatResponder
{
    Task<ChatReply> RespondAsync(ChatTurn turn, CancellationToken cancellationToken);
}
