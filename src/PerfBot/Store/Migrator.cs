using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace PerfBot.Store;

/// <summary>
/// Applies the numbered SQL files in Store/Migrations (embedded in the executable) that a store has not yet seen,
/// each in its own transaction, recording them in schema_migrations.
/// </summary>
public static partial class Migrator
{
    public sealed record Migration(int Number, string Name, string Sql);

    public static IReadOnlyList<Migration> All { get; } = Load();

    public static int Apply(SqliteConnection connection)
    {
        connection.Execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                number INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at TEXT NOT NULL)
            """);
        var applied = connection.Query<int>("SELECT number FROM schema_migrations").ToHashSet();
        var count = 0;
        foreach (var migration in All.Where(m => !applied.Contains(m.Number)))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(migration.Sql, transaction: transaction);
            connection.Execute(
                "INSERT INTO schema_migrations (number, name, applied_at) VALUES (@Number, @Name, @AppliedAt)",
                new { migration.Number, migration.Name, AppliedAt = DateTimeOffset.UtcNow.ToString("O") },
                transaction);
            transaction.Commit();
            count++;
        }
        return count;
    }

    private static List<Migration> Load()
    {
        var assembly = typeof(Migrator).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = MigrationName().Match(resource);
            if (!match.Success) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(int.Parse(match.Groups["number"].Value), match.Groups["name"].Value, reader.ReadToEnd()));
        }
        var duplicate = migrations.GroupBy(m => m.Number).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Two migrations are numbered {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Name))}.");
        return migrations.OrderBy(m => m.Number).ToList();
    }

    [GeneratedRegex(@"migrations/(?<number>\d{4})_(?<name>[\w-]+)\.sql$")]
    private static partial Regex MigrationName();
}
