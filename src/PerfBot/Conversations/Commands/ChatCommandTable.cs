namespace PerfBot.Conversations.Commands;

/// <summary>The commands PerfBot knows, in their order; a turn that none of them matches is a question.</summary>
public sealed class ChatCommandTable
{
    public IReadOnlyList<IChatCommand> Commands { get; }

    public ChatCommandTable(IEnumerable<IChatCommand> commands)
    {
        Commands = commands.OrderBy(c => c.Order).ToList();
        var clash = Commands.GroupBy(c => c.Order).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new InvalidOperationException($"Chat commands {string.Join(" and ", clash.Select(c => c.GetType().Name))} share the order {clash.Key}: give each its own in ChatCommandOrder.");
    }

    /// <summary>The first command that matches the turn, or null for a question.</summary>
    public IChatCommand? Find(ChatTurn turn) => Commands.FirstOrDefault(c => c.Matches(turn));

    public IReadOnlyList<ChatCommandHelp> Help => Commands.Select(c => c.Help).ToList();
}
