using System.ComponentModel.DataAnnotations;

namespace PerfBot.Delivery;

/// <summary>How the outbox is shared between senders, bound from the "Delivery" configuration section.</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>
    /// How long a claimed message stays with its sender; renewed while the sender works through its batch. A sender
    /// that dies keeps its messages this long, then another instance takes them over. Longer than any one send
    /// (the connector's own retries and 429 waits included), so a slow send is never taken over and sent twice.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")] public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Messages a PostgreSQL store hands a sender in one statement: two instances sweeping at once take alternate
    /// batches. A SQLite store, with one writer, hands out one at a time.
    /// </summary>
    [Range(1, 1000)] public int ClaimBatch { get; set; } = 20;
}
