using Dapper;
using PerfBot.Store;

namespace PerfBot.Sync;

/// <summary>The workbook_sources table: what each source was when last imported, and how its last check went.</summary>
public sealed class WorkbookSyncState(Database database)
{
    public sealed record State(string Name, string? Etag, string? Ctag, string? FileSha256, string? ImportedAt, string? CheckedAt, string? Outcome,
        string? Error, string? FailedTag);

    public State? Find(string name)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<State>(
            "SELECT name, etag, ctag, file_sha256, imported_at, checked_at, outcome, error, failed_tag FROM workbook_sources WHERE name = @name", new { name });
    }

    public void Imported(string name, WorkbookItem item, string sha256, DateTimeOffset at) => Save(name, at, "imported", null, null, item, sha256);

    public void Unchanged(string name, DateTimeOffset at) => Save(name, at, "unchanged", null, null);

    public void Failed(string name, DateTimeOffset at, string error, string? failedTag) => Save(name, at, "failed", error, failedTag);

    private void Save(string name, DateTimeOffset at, string outcome, string? error, string? failedTag, WorkbookItem? imported = null, string? sha256 = null)
    {
        using var connection = database.Open();
        connection.Execute("""
            INSERT INTO workbook_sources (name, etag, ctag, file_sha256, imported_at, checked_at, outcome, error, failed_tag)
            VALUES (@name, @etag, @ctag, @sha256, @importedAt, @at, @outcome, @error, @failedTag)
            ON CONFLICT (name) DO UPDATE SET
                etag = coalesce(excluded.etag, workbook_sources.etag), ctag = coalesce(excluded.ctag, workbook_sources.ctag),
                file_sha256 = coalesce(excluded.file_sha256, workbook_sources.file_sha256),
                imported_at = coalesce(excluded.imported_at, workbook_sources.imported_at),
                checked_at = excluded.checked_at, outcome = excluded.outcome, error = excluded.error,
                failed_tag = CASE WHEN excluded.outcome = 'failed' THEN excluded.failed_tag ELSE NULL END
            """, new
        {
            name, etag = imported?.ETag, ctag = imported?.CTag, sha256, importedAt = imported is null ? null : StoredTime.Of(at), at = StoredTime.Of(at),
            outcome, error, failedTag,
        });
    }

    /// <summary>The version a tag names: the cTag changes only when the content does; an item without one has its eTag.</summary>
    public static string? TagOf(WorkbookItem item) => item.CTag ?? item.ETag;

    public static bool IsUnchanged(State? state, WorkbookItem item) =>
        state is not null && (item.CTag is { } c ? c == state.Ctag : item.ETag is { } e && e == state.Etag);
}
