using System.Data.Common;
using System.Security.Cryptography;
using Dapper;
using PerfBot.Store;
using PerfBot.Store.Import;

namespace PerfBot.Uploads;

/// <summary>
/// The import_previews table: a previewed file waiting for its officer's Import or Cancel, bound to the file's hash and
/// to the officer, expiring after Files:PreviewLifetime. A preview is decided once: the first Import or Cancel changes
/// its status, and every later click finds it decided.
/// </summary>
public sealed class ImportPreviews(Database database, TimeProvider clock)
{
    public const string Pending = "pending", Imported = "imported", Cancelled = "cancelled", Expired = "expired", Superseded = "superseded";

    public sealed record Stored(string Id, string OfficerAadObjectId, string? OfficerName, string ConversationId, string FileName, string FileSha256,
        byte[]? Content, string PreviewJson, string Fingerprint, string CreatedAt, string ExpiresAt, string Status, string? DecidedAt)
    {
        public ImportPreview Preview => StoredJson.Read<ImportPreview>(PreviewJson);
        public DateTimeOffset Expires => StoredTime.Parse(ExpiresAt);
        public DateTimeOffset? Decided => DecidedAt is { } at ? StoredTime.Parse(at) : null;
    }

    public string Save(string officerAadObjectId, string? officerName, string conversationId, byte[] content, ImportPreview preview, TimeSpan lifetime)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var now = clock.GetUtcNow();
        using var connection = database.Open();
        // Previews nobody decided give their files back once they have expired.
        connection.Execute("UPDATE import_previews SET status = @Expired, content = NULL WHERE status = @Pending AND expires_at <= @now",
            new { Expired, Pending, now = StoredTime.Of(now) });
        connection.Execute("""
            INSERT INTO import_previews (id, officer_aad_object_id, officer_name, conversation_id, file_name, file_sha256, content, preview_json,
                                         fingerprint, created_at, expires_at, status)
            VALUES (@id, @officerAadObjectId, @officerName, @conversationId, @File, @Sha256, @content, @json, @Fingerprint, @created, @expires, @Pending)
            """, new
        {
            id, officerAadObjectId, officerName, conversationId, preview.File, preview.Sha256, content, json = StoredJson.Write(preview),
            preview.Fingerprint, created = StoredTime.Of(now), expires = StoredTime.Of(now + lifetime), Pending,
        });
        return id;
    }

    public Stored? Find(string id)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<Stored>("""
            SELECT id, officer_aad_object_id, officer_name, conversation_id, file_name, file_sha256, content, preview_json, fingerprint,
                   created_at, expires_at, status, decided_at
            FROM import_previews WHERE id = @id
            """, new { id });
    }

    /// <summary>Inside the import's transaction: takes a pending, unexpired preview of this officer's, or nothing.</summary>
    public bool Claim(DbConnection connection, DbTransaction transaction, string id, string officerAadObjectId) =>
        connection.Execute("""
            UPDATE import_previews SET status = @Imported, decided_at = @now, content = NULL
            WHERE id = @id AND officer_aad_object_id = @officerAadObjectId AND status = @Pending AND expires_at > @now
            """, new { id, officerAadObjectId, Imported, Pending, now = StoredTime.Of(clock.GetUtcNow()) }, transaction) == 1;

    /// <summary>Decides a pending preview without importing it: cancelled, expired, or superseded by a fresh one.</summary>
    public bool Close(string id, string status)
    {
        using var connection = database.Open();
        return connection.Execute("""
            UPDATE import_previews SET status = @status, decided_at = @now, content = NULL WHERE id = @id AND status = @Pending
            """, new { id, status, Pending, now = StoredTime.Of(clock.GetUtcNow()) }) == 1;
    }
}
