namespace PerfBot.Conversations.Commands;

/// <summary>
/// Something PerfBot does when told to ("link committee …", "digest", "my alerts", "brief"), as opposed to a question
/// about the figures. A feature adds its commands with <c>AddChatCommand&lt;T&gt;()</c>; the
/// <see cref="ChatCommandTable"/> tries them in <see cref="Order"/> before a turn goes to the question reader.
/// </summary>
public interface IChatCommand
{
    /// <summary>Where the command stands in the table; the values are in <see cref="ChatCommandOrder"/>.</summary>
    int Order { get; }

    /// <summary>How the help card lists the command.</summary>
    ChatCommandHelp Help { get; }

    /// <summary>True when the turn is this command (its text is matched in full, so a question is never taken for one).</summary>
    bool Matches(ChatTurn turn);

    Task<ChatReply> RunAsync(ChatTurn turn, CancellationToken cancellationToken);
}

/// <summary>A command as the help card shows it.</summary>
/// <param name="Usage">What to type: "digest [committee]".</param>
/// <param name="Description">What it does, in a sentence.</param>
/// <param name="Example">A complete example the command answers, for the card's button.</param>
/// <param name="Where">Where the command works, in words ("in a team channel"); null where it works anywhere.</param>
public sealed record ChatCommandHelp(string Usage, string Description, string Example, string? Where = null);
