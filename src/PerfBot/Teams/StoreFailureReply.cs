using PerfBot.Store;

namespace PerfBot.Teams;

/// <summary>
/// A turn the store failed in a way the member should be told about rather than a fault — it could not be reached, or
/// another writer held it too long — with what a chat message and a card action alike log, count and answer for it.
/// </summary>
/// <param name="Failure">What went wrong, as the log line begins.</param>
/// <param name="Counted">The failure as <see cref="Telemetry.PerfBotMetrics.Failed"/> counts it.</param>
internal sealed record StoreFailureReply(string Failure, LogLevel Level, string Counted, string Apology)
{
    private static readonly StoreFailureReply Unreachable = new("The store could not be reached", LogLevel.Error, "store unreachable", StoreUnreachable.Apology);
    private static readonly StoreFailureReply Busy = new("The store was busy", LogLevel.Warning, "store busy", StoreBusy.Apology);

    /// <summary>The reply for this failure, or null when it is not one the member is told about.</summary>
    public static StoreFailureReply? Of(Exception exception) =>
        StoreUnreachable.Is(exception) ? Unreachable : StoreBusy.Is(exception) ? Busy : null;
}
