using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using PerfBot.Store;

namespace PerfBot.Tests;

/// <summary>A real SQLite store file in a temporary folder, deleted with the test.</summary>
public sealed class TempStore : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("perfbot-test-").FullName;
    public Database Database { get; }

    private TempStore(bool demo)
    {
        var path = Path.Combine(Folder, "perfbot.db");
        if (demo)
        {
            Database = StoreOpener.Open(path);
        }
        else
        {
            Database = new Database(path);
            using var connection = Database.Open();
            Migrator.Apply(connection);
        }
    }

    /// <summary>A new store loaded with the demo data, as on first run.</summary>
    public static TempStore WithDemoData() => new(demo: true);

    /// <summary>An empty store with the schema and one committee.</summary>
    public static TempStore Empty(params string[] committees)
    {
        var store = new TempStore(demo: false);
        using var connection = store.Database.Open();
        foreach (var name in committees) connection.Execute("INSERT INTO committees (name) VALUES (@name)", new { name });
        return store;
    }

    public string WriteFile(string name, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, (encoding ?? new UTF8Encoding(false)).GetPreamble().Concat((encoding ?? new UTF8Encoding(false)).GetBytes(text)).ToArray());
        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Every row of every table, in a stable order: two equal dumps mean nothing stored changed.</summary>
    public string Dump()
    {
        using var connection = Database.Open();
        var builder = new StringBuilder();
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name");
        foreach (var table in tables)
        {
            builder.AppendLine($"## {table}");
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                    builder.Append(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                builder.AppendLine();
            }
        }
        return builder.ToString();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
