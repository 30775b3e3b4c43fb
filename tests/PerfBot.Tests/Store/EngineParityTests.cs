using Dapper;
using PerfBot.Store;

namespace PerfBot.Tests.Store;

/// <summary>A new PostgreSQL store is the same store as a new SQLite file: the same tables and columns, the same demo rows.</summary>
public sealed class EngineParityTests
{
    [Fact]
    public void An_empty_postgres_database_gets_the_schema_and_the_demo_data_exactly_as_a_new_sqlite_file()
    {
        var sqliteLog = new StringWriter();
        var postgresLog = new StringWriter();
        using var sqlite = TempStore.FirstRun(StoreEngine.Sqlite, sqliteLog);
        using var postgres = TempStore.FirstRun(StoreEngine.Postgres, postgresLog);

        Assert.Contains("loaded the demo data", sqliteLog.ToString());
        Assert.Contains("loaded the demo data", postgresLog.ToString());
        Assert.DoesNotContain(PerfBot.Tests.Support.PostgresServer.Shared.Password, postgresLog.ToString());
        Assert.Equal(Columns(sqlite), Columns(postgres));
        var dump = sqlite.Dump();
        Assert.Contains("## measurements", dump);
        Assert.True(dump.Split('\n').Length > 500, "the demo store holds hundreds of rows");
        Assert.Equal(dump, postgres.Dump());
    }

    /// <summary>Every table's columns, in order, as "table: column, column…" with names in lower case.</summary>
    private static List<string> Columns(TempStore store)
    {
        using var connection = store.Database.Open();
        return connection.Query<string>(store.Database.Sql.Tables).Order(StringComparer.OrdinalIgnoreCase).Select(table =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" WHERE 1 = 0";
            using var reader = command.ExecuteReader();
            return $"{table.ToLowerInvariant()}: " + string.Join(", ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i).ToLowerInvariant()));
        }).ToList();
    }
}
