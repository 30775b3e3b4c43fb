using Dapper;
using PerfBot.Store;

namespace PerfBot.Tests.Support;

/// <summary>A real SQLite store file in a temporary folder, deleted afterwards.</summary>
public sealed class TempStore : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("perfbot-test-").FullName;

    public TempStore(params string[] committees)
    {
        Database = StoreOpener.Open(Path.Combine(_folder, "perfbot.db"));
        using var connection = Database.Open();
        foreach (var name in committees)
            connection.Execute("INSERT INTO committees (name) VALUES (@name)", new { name });
    }

    public Database Database { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
