namespace PerfBot.Audit;

/// <summary>One thing done to the store, or refused: who, by which route, when, with which file, and what it changed.</summary>
/// <param name="Action">One of <see cref="AuditActions"/>.</param>
/// <param name="Route">upload, sync, cli or chat.</param>
/// <param name="Outcome">One of <see cref="AuditOutcomes"/>.</param>
/// <param name="Subject">The indicator and period a correction or commentary is about; the source a sync read.</param>
/// <param name="Detail">One sentence: what changed, or why it was refused.</param>
public sealed record AuditEntry(
    DateTimeOffset At,
    string Action,
    string Route,
    string Outcome,
    string? ActorId,
    string? ActorName,
    string? FileName = null,
    string? FileSha256 = null,
    long? RowsChanged = null,
    string? Subject = null,
    string? Detail = null,
    string? RunId = null);

public static class AuditActions
{
    public const string Import = "import", Correction = "correction", Commentary = "commentary", Refused = "refused", Sync = "sync";

    /// <summary>A channel linked (or re-linked) to a committee, or unlinked: which committee's digests it receives.</summary>
    public const string ChannelLink = "channel-link", ChannelUnlink = "channel-unlink";
}

public static class AuditOutcomes
{
    public const string Applied = "applied", Unchanged = "unchanged", Refused = "refused", Failed = "failed";
}

public static class AuditRoutes
{
    public const string Chat = "chat";
}
