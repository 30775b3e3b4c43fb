using PerfBot.Conversations.Commands;

namespace PerfBot.Conversations;

/// <summary>
/// Where every turn goes, typed or a card button: the command table first, then the question answerer
/// (<see cref="IChatResponder"/>) for everything else.
/// </summary>
public sealed class ChatRouter(ChatCommandTable commands, IChatResponder questions)
{
    public Task<ChatReply> RespondAsync(ChatTurn turn, CancellationToken cancellationToken) =>
        commands.Find(turn) is { } command
            ? command.RunAsync(turn, cancellationToken)
            : questions.RespondAsync(turn, cancellationToken);
}
