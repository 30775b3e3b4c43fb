using Dapper;
using Microsoft.Data.Sqlite;

namespace PerfBot.Store;

/// <summary>Opens connections to one SQLite store file, with the pragmas every connection needs.</summary>
public sealed class Database(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = Path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        ForeignKeys = true,
        DefaultTimeout = 30,
    }.ToString();

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        // WAL lets the bot answer while an import or digest writes; busy_timeout waits out a writer instead of failing.
        connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;");
        return connection;
    }

    static Database() => DefaultTypeHandlers.Register();
}
