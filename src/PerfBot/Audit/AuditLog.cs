using System.Data;
using Dapper;
using PerfBot.Store;

namespace PerfBot.Audit;

/// <summary>The audit_log table: written in the transaction of what it records where there is one, read by <c>perfbot audit</c>.</summary>
public sealed class AuditLog(Database database)
{
    public void Write(AuditEntry entry, IDbConnection? connection = null, IDbTransaction? transaction = null) =>
        Write([entry], connection, transaction);

    public void Write(IReadOnlyList<AuditEntry> entries, IDbConnection? connection = null, IDbTransaction? transaction = null)
    {
        if (entries.Count == 0) return;
        using var own = connection is null ? database.Open() : null;
        (connection ?? own!).Execute("""
            INSERT INTO audit_log (at, action, route, outcome, actor_id, actor_name, file_name, file_sha256, rows_changed, subject, detail, run_id)
            VALUES (@At, @Action, @Route, @Outcome, @ActorId, @ActorName, @FileName, @FileSha256, @RowsChanged, @Subject, @Detail, @RunId)
            """, entries.Select(e => new
        {
            At = StoredTime.Of(e.At), e.Action, e.Route, e.Outcome, e.ActorId, e.ActorName, e.FileName, e.FileSha256, e.RowsChanged,
            e.Subject, e.Detail, e.RunId,
        }), transaction);
    }

    /// <summary>Entries from an instant on (all when null), oldest first.</summary>
    public IReadOnlyList<AuditEntry> Since(DateTimeOffset? since)
    {
        using var connection = database.Open();
        return connection.Query<Row>("""
                SELECT at, action, route, outcome, actor_id, actor_name, file_name, file_sha256, rows_changed, subject, detail, run_id
                FROM audit_log WHERE @since IS NULL OR at >= @since ORDER BY at, id
                """, new { since = since is { } s ? StoredTime.Of(s) : null })
            .Select(r => new AuditEntry(StoredTime.Parse(r.At), r.Action, r.Route, r.Outcome, r.ActorId, r.ActorName, r.FileName, r.FileSha256,
                r.RowsChanged, r.Subject, r.Detail, r.RunId))
            .ToList();
    }

    private sealed record Row(string At, string Action, string Route, string Outcome, string? ActorId, string? ActorName, string? FileName,
        string? FileSha256, long? RowsChanged, string? Subject, string? Detail, string? RunId);
}
