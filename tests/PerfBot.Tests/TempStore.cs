using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using PerfBot.Store;
using PerfBot.Tests.Support;

namespace PerfBot.Tests;

/// <summary>
/// A real store deleted with the test: a SQLite file in a temporary folder, or a database of its own on the test run's
/// PostgreSQL cluster (<see cref="PostgresServer"/>). Files a test writes go to <see cref="Folder"/> either way.
/// </summary>
public sealed class TempStore : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("perfbot-test-").FullName;
    public Database Database { get; }
    public StoreEngine Engine => Database.Engine;
    private readonly string? _postgresDatabase;

    private TempStore(StoreEngine engine, bool demo, TextWriter? log = null)
    {
        if (engine == StoreEngine.Postgres)
        {
            var server = PostgresServer.Shared;
            // A copy of a template made through the opener (fast); with a log, a new empty database opened as a first run is.
            _postgresDatabase = server.CreateDatabase(log is not null ? null : demo ? PostgresServer.DemoTemplate : PostgresServer.SchemaTemplate);
            var address = StoreAddress.Parse(server.Url(_postgresDatabase));
            Database = log is not null ? StoreOpener.Open(address, log) : new Database(address);
            return;
        }
        var path = Path.Combine(Folder, "perfbot.db");
        if (demo)
        {
            Database = StoreOpener.Open(path, log);
        }
        else
        {
            Database = new Database(path);
            using var connection = Database.Open();
            Migrator.Apply(connection);
        }
    }

    /// <summary>A new store loaded with the demo data, as on first run.</summary>
    public static TempStore WithDemoData(StoreEngine engine = StoreEngine.Sqlite) => new(engine, demo: true);

    /// <summary>A store opened for the first time by <see cref="StoreOpener"/>, as <c>perfbot</c> opens a new --db: a new file, an empty database.</summary>
    public static TempStore FirstRun(StoreEngine engine, TextWriter log) => new(engine, demo: true, log);

    /// <summary>An empty store with the schema and these committees.</summary>
    public static TempStore Empty(params string[] committees) => Empty(StoreEngine.Sqlite, committees);

    public static TempStore Empty(StoreEngine engine, params string[] committees)
    {
        var store = new TempStore(engine, demo: false);
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

    /// <summary>Every row of every table, in a stable order: two equal dumps mean nothing stored changed (<see cref="StoreDump"/>).</summary>
    public string Dump(Func<string, bool>? tables = null) => StoreDump.Of(Database, tables);

    /// <summary>An import of the file refused: every stored byte as it was, and the file named in the message.</summary>
    public PerfBot.Store.Import.ImportRefusedException Refuses(string path, Func<string, object> import)
    {
        var before = Dump();
        var refused = Assert.Throws<PerfBot.Store.Import.ImportRefusedException>(() => import(path));
        Assert.Equal(before, Dump());
        Assert.Contains(Path.GetFileName(path), refused.Message);
        return refused;
    }

    public void Dispose()
    {
        Database.Dispose();
        if (_postgresDatabase is not null) PostgresServer.Shared.DropDatabase(_postgresDatabase);
        else SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
