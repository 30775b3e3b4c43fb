using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using Npgsql;

namespace PerfBot.Store;

/// <summary>
/// Applies the numbered SQL files in Store/Migrations (embedded in the executable) that a store has not yet seen,
/// each in its own transaction, recording them in schema_migrations. A number is taken once: NNNN_name.sql is run by
/// both engines, or NNNN_name.sqlite.sql and NNNN_name.postgres.sql each by its own where the SQL must differ.
/// </summary>
public static partial class Migrator
{
    public sealed record Migration(int Number, string Name, string Sql);

    private static readonly IReadOnlyDictionary<StoreEngine, IReadOnlyList<Migration>> ByEngine = Load();

    public static IReadOnlyList<Migration> For(StoreEngine engine) => ByEngine[engine];

    /// <summary>The migration this build brings every store to.</summary>
    public static int Latest => ByEngine[StoreEngine.Sqlite][^1].Number;

    public static StoreEngine EngineOf(DbConnection connection) => connection is NpgsqlConnection ? StoreEngine.Postgres : StoreEngine.Sqlite;

    public static int Apply(DbConnection connection)
    {
        // Two instances starting on one PostgreSQL store at once take turns: the second finds the work done.
        using var _ = StoreLock.Take(connection);
        connection.Execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                number INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at TEXT NOT NULL)
            """);
        var applied = connection.Query<int>("SELECT number FROM schema_migrations").ToHashSet();
        var count = 0;
        foreach (var migration in For(EngineOf(connection)).Where(m => !applied.Contains(m.Number)))
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

    private static Dictionary<StoreEngine, IReadOnlyList<Migration>> Load()
    {
        var assembly = typeof(Migrator).Assembly;
        var files = new List<(int Number, string Name, string? Engine, string Sql)>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = MigrationName().Match(resource);
            if (!match.Success) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var engine = match.Groups["engine"].Success ? match.Groups["engine"].Value : null;
            files.Add((int.Parse(match.Groups["number"].Value), match.Groups["name"].Value, engine, reader.ReadToEnd()));
        }
        foreach (var number in files.GroupBy(f => f.Number))
        {
            var names = string.Join(", ", number.Select(f => f.Engine is null ? f.Name : $"{f.Name}.{f.Engine}"));
            var portable = number.Count(f => f.Engine is null);
            var bothEngines = number.Count(f => f.Engine == "sqlite") == 1 && number.Count(f => f.Engine == "postgres") == 1;
            if (!(portable == 1 && number.Count() == 1) && !(portable == 0 && number.Count() == 2 && bothEngines))
                throw new InvalidOperationException($"Migration {number.Key} must be one portable file or one .sqlite and one .postgres file: {names}.");
            if (number.Select(f => f.Name).Distinct().Count() > 1)
                throw new InvalidOperationException($"The files of migration {number.Key} have different names: {names}.");
        }
        IReadOnlyList<Migration> Of(string engine) => files.Where(f => f.Engine is null || f.Engine == engine)
            .OrderBy(f => f.Number).Select(f => new Migration(f.Number, f.Name, f.Sql)).ToList();
        return new() { [StoreEngine.Sqlite] = Of("sqlite"), [StoreEngine.Postgres] = Of("postgres") };
    }

    [GeneratedRegex(@"migrations/(?<number>\d{4})_(?<name>[\w-]+?)(\.(?<engine>sqlite|postgres))?\.sql$")]
    private static partial Regex MigrationName();
}
