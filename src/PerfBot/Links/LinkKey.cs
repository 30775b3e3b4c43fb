using System.Security.Cryptography;
using Dapper;
using PerfBot.Store;

namespace PerfBot.Links;

/// <summary>
/// The key that signs PerfBot's links (briefs and charts): Briefings:LinkKey from configuration, where it was first
/// configured for brief links, else one generated once and kept in the store.
/// </summary>
public static class LinkKey
{
    public const string ConfigurationKey = "Briefings:LinkKey";
    private const string Name = "briefings-link-key";

    public static byte[] Resolve(string? configured, Database database, TimeProvider clock)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var bytes = Convert.FromBase64String(configured.Trim());
            if (bytes.Length < 32) throw new InvalidOperationException("Briefings:LinkKey must be base64 of at least 32 bytes.");
            return bytes;
        }
        using var connection = database.Open();
        // Read first: a store that has its key is never written to for it, so nothing that signs a link waits on the write lock.
        if (connection.QuerySingleOrDefault<string>("SELECT value FROM briefing_secrets WHERE name = @Name", new { Name }) is { } kept)
            return Convert.FromBase64String(kept);
        // Insert-if-absent then read back: two processes starting together end up with the same key.
        connection.Execute("INSERT INTO briefing_secrets (name, value, created_at) VALUES (@Name, @Value, @Now) ON CONFLICT (name) DO NOTHING",
            new { Name, Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), Now = clock.GetUtcNow().ToString("O") });
        return Convert.FromBase64String(connection.QuerySingle<string>("SELECT value FROM briefing_secrets WHERE name = @Name", new { Name }));
    }
}
