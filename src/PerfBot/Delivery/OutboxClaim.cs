namespace PerfBot.Delivery;

/// <summary>One sender run's hold on the outbox rows it claimed: a token of its own and when its lease runs out.</summary>
public sealed class OutboxClaim(string token)
{
    /// <summary>The machine, the process and a random part: unique to this run, and says in the table who holds a row.</summary>
    public string Token { get; } = token;

    public DateTimeOffset Until { get; internal set; }
}
