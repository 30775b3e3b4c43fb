using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using PerfBot.Store;

namespace PerfBot.Tests.Store;

/// <summary>
/// Migration 0007 re-keys measurements on (indicator, period end, label) so latest-figure reads are seeks. A store made
/// before it keeps every row and field, and one indicator still cannot hold the same period twice.
/// </summary>
public sealed class MeasurementsKeyMigrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("perfbot-migration-").FullName;

    [Fact]
    public void A_store_from_before_the_rekey_keeps_every_measurement_and_its_uniqueness()
    {
        var database = new Database(Path.Combine(_folder, "old.db"));
        using var connection = database.Open();
        ApplyUpTo(connection, 6);
        connection.Execute("INSERT INTO indicators (id, code, name, name_key, unit, polarity) VALUES (1, 'CS1', 'Foster carers', 'foster carers', 'number', 'higher')");
        connection.Execute("""
            INSERT INTO measurements (indicator_id, period, period_start, period_end, value, target, reported_rag, reported_direction, commentary, actions, source)
            VALUES (1, 'Sep-25', '2025-09-01', '2025-09-30', 181, 200, 'Amber', 'Worsening', 'Recruitment is slow.', 'Campaign in October.', 'report A'),
                   (1, 'Q2 2025/26', '2025-07-01', '2025-09-30', 181, 200, NULL, NULL, NULL, NULL, 'report B'),
                   (1, 'Oct-20', '2020-10-01', '2020-10-31', NULL, NULL, 'Red', NULL, NULL, NULL, NULL)
            """);
        var before = Dump(connection);

        var applied = Migrator.Apply(connection);

        Assert.True(applied >= 1);
        Assert.Equal(before, Dump(connection));
        var key = connection.Query<(string Name, int Pk)>("SELECT name, pk FROM pragma_table_info('measurements') WHERE pk > 0 ORDER BY pk")
            .Select(c => c.Name).ToList();
        Assert.Equal(["indicator_id", "period_end", "period"], key);
        var duplicate = Assert.Throws<SqliteException>(() => connection.Execute(
            "INSERT INTO measurements (indicator_id, period, period_start, period_end, value) VALUES (1, 'Sep-25', '2025-09-01', '2025-09-30', 1)"));
        Assert.Contains("UNIQUE", duplicate.Message);
        Assert.Equal(1, connection.ExecuteScalar<long>("SELECT count(*) FROM pragma_foreign_key_list('measurements') WHERE \"table\" = 'indicators'"));
    }

    /// <summary>What <see cref="Migrator.Apply"/> would have done in a release that ended at migration <paramref name="last"/>.</summary>
    private static void ApplyUpTo(DbConnection connection, int last)
    {
        connection.Execute("CREATE TABLE schema_migrations (number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        foreach (var migration in Migrator.For(StoreEngine.Sqlite).Where(m => m.Number <= last))
        {
            connection.Execute(migration.Sql);
            connection.Execute("INSERT INTO schema_migrations (number, name, applied_at) VALUES (@Number, @Name, '2026-01-01')", new { migration.Number, migration.Name });
        }
    }

    private static string Dump(DbConnection connection) => string.Join("\n", connection.Query(
            "SELECT * FROM measurements ORDER BY indicator_id, period")
        .Select(row => string.Join("|", ((IDictionary<string, object?>)row).Select(kv => $"{kv.Key}={kv.Value}"))));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
