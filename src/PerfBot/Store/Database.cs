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

    /// <summary>
    /// WAL lets the bot answer while an import or digest writes. It needs shared memory, which a network share cannot
    /// give, so a store on one (Azure Files) sets PERFBOT_SQLITE_JOURNAL=DELETE.
    /// </summary>
    public string JournalMode { get; } = Environment.GetEnvironmentVariable("PERFBOT_SQLITE_JOURNAL")?.Trim().ToUpperInvariant() switch
    {
        "DELETE" => "DELETE",
        "TRUNCATE" => "TRUNCATE",
        _ => "WAL",
    };

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        // busy_timeout waits out another writer instead of failing at once.
        connection.Execute($"PRAGMA journal_mode = {JournalMode}; PRAGMA synchronous = {(JournalMode == "WAL" ? "NORMAL" : "FULL")}; PRAGMA busy_timeout = 30000;");
        return connection;
    }

    static Database() => DefaultTypeHandlers.Register();
}
