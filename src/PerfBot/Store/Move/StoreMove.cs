using System.Data.Common;
using Dapper;
using Npgsql;

namespace PerfBot.Store.Move;

/// <summary>
/// Moves a SQLite store into an empty PostgreSQL database: the source brought to this build's schema, the target given
/// it by the same numbered migrations, then every table's rows — Quartz's included, so schedules, paused triggers and
/// next fire times carry over — copied by binary COPY in one transaction, and committed only when every table's row
/// count and checksum agree on both sides.
/// </summary>
public static class StoreMove
{
    public sealed record MovedTable(string Name, long Rows, string Checksum);

    public static IReadOnlyList<MovedTable> Run(string sqlitePath, StoreAddress target, TextWriter log)
    {
        if (target.Engine != StoreEngine.Postgres)
            throw new StoreProblemException($"--to must be a PostgreSQL database (postgresql://user:password@host:port/database), not {target.Description}.");
        var from = StoreAddress.Sqlite(sqlitePath);
        if (!File.Exists(from.SqlitePath)) throw new StoreProblemException($"{from.Description} does not exist: --from names the SQLite store to move.");
        using var source = new Database(from);
        using var destination = new Database(target);
        using var sourceConnection = StoreOpener.Connect(source);
        if (!StoreOpener.HasTables(sourceConnection, source.Sql))
            throw new StoreProblemException($"{from.Description} holds no store (it has no tables): there is nothing to move.");
        var upgraded = Migrator.Apply(sourceConnection);
        if (upgraded > 0) log.WriteLine($"Brought {from.Description} up to migration {Migrator.Latest} ({upgraded} migration(s)) before moving it.");

        using var targetConnection = (NpgsqlConnection)StoreOpener.Connect(destination);
        using (StoreLock.Take(targetConnection))
        {
            var existing = targetConnection.Query<string>(destination.Sql.Tables).ToList();
            if (existing.Count > 0)
                throw new StoreProblemException($"{target.Description} is not empty (it has {existing.Count} table(s), such as {existing[0]}): migrate-store moves a store only into an empty database.");
            Migrator.Apply(targetConnection);
            var tables = TablesInLoadOrder(targetConnection);
            using var transaction = targetConnection.BeginTransaction();
            // Migrations seed a few rows (the store version); the copy replaces them with the source's.
            foreach (var (table, _) in Enumerable.Reverse(tables)) targetConnection.Execute($"DELETE FROM \"{table}\"", transaction: transaction);
            var report = new List<MovedTable>();
            foreach (var (table, columns) in tables)
            {
                var copied = Copy(sourceConnection, targetConnection, table, columns);
                ResetIdentity(targetConnection, transaction, table);
                var there = TableChecksum.Compute(sourceConnection, table, columns);
                var here = TableChecksum.Compute(targetConnection, table, columns, transaction);
                if (there != here || copied != there.Rows)
                    throw new StoreProblemException($"{table} did not copy exactly ({there.Rows} row(s) in SQLite, {here.Rows} in PostgreSQL, checksums {there.Checksum[..12]} and {here.Checksum[..12]}): nothing was committed.");
                report.Add(new MovedTable(table, here.Rows, here.Checksum));
            }
            transaction.Commit();
            return report;
        }
    }

    /// <summary>The target's tables (but schema_migrations, which the target keeps as its migrations wrote it), parents before children.</summary>
    private static List<(string Table, List<TableColumn> Columns)> TablesInLoadOrder(NpgsqlConnection connection)
    {
        var columns = connection.Query<(string Table, string Column, string Type)>("""
                SELECT table_name, column_name, data_type FROM information_schema.columns
                WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position
                """).Where(c => c.Table != "schema_migrations")
            .GroupBy(c => c.Table).ToDictionary(g => g.Key, g => g.Select(c => new TableColumn(c.Column, c.Type)).ToList());
        var parents = connection.Query<(string Child, string Parent)>("""
                SELECT child.relname, parent.relname FROM pg_constraint k
                JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
                WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace
                """).ToLookup(p => p.Child, p => p.Parent);
        var ordered = new List<(string, List<TableColumn>)>();
        var placed = new HashSet<string>();
        void Place(string table)
        {
            if (!placed.Add(table)) return;
            foreach (var parent in parents[table].Where(p => p != table)) Place(parent);
            ordered.Add((table, columns[table]));
        }
        foreach (var table in columns.Keys.Order(StringComparer.Ordinal)) Place(table);
        return ordered;
    }

    private static long Copy(DbConnection source, NpgsqlConnection target, string table, List<TableColumn> columns)
    {
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        using var read = source.CreateCommand();
        read.CommandText = $"SELECT {names} FROM \"{table}\"";
        using var reader = read.ExecuteReader();
        using var copy = target.BeginBinaryImport($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)");
        long rows = 0;
        while (reader.Read())
        {
            copy.StartRow();
            for (var i = 0; i < columns.Count; i++)
            {
                if (reader.IsDBNull(i)) copy.WriteNull();
                else copy.Write(columns[i].ToPostgres(reader.GetValue(i)), columns[i].CopyType);
            }
            rows++;
        }
        copy.Complete();
        return rows;
    }

    /// <summary>Ids were copied as they were: each identity column's next number follows the highest copied.</summary>
    private static void ResetIdentity(NpgsqlConnection connection, DbTransaction transaction, string table)
    {
        var identities = connection.Query<string>("""
            SELECT column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = @table AND is_identity = 'YES'
            """, new { table }, transaction);
        foreach (var column in identities)
            connection.Execute($"""
                SELECT setval(pg_get_serial_sequence(@qualified, @column), coalesce(max("{column}"), 0) + 1, false) FROM "{table}"
                """, new { qualified = $"\"{table}\"", column }, transaction);
    }
}
