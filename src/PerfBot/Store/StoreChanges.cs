namespace PerfBot.Store;

/// <summary>
/// Tells this process that the store may have changed — an import by another instance or a verb — so in-memory
/// snapshots (the question index) look at once instead of at their next poll. On PostgreSQL it is fed by
/// <see cref="StoreChangeListener"/>; on SQLite nothing feeds it, and snapshots rely on polling the store version.
/// </summary>
public sealed class StoreChanges
{
    /// <summary>Raised on the listener's thread: handlers hand the work on rather than doing it there.</summary>
    public event Action? Changed;

    internal void Notify() => Changed?.Invoke();
}
