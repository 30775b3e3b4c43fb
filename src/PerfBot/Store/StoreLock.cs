using System.Data.Common;
using Dapper;
using Npgsql;

namespace PerfBot.Store;

/// <summary>
/// Serialises schema changes and first-run loading between processes sharing a PostgreSQL store, with a session-level
/// advisory lock; re-entrant within one session. A SQLite store needs none: SQLite's own write lock covers it.
/// </summary>
public sealed class StoreLock : IDisposable
{
    // Any fixed number: it only has to be the same in every PerfBot process.
    private const long Key = 0x5045_5246_424F_5401;
    private readonly DbConnection? _connection;

    private StoreLock(DbConnection? connection) => _connection = connection;

    public static StoreLock Take(DbConnection connection)
    {
        if (connection is not NpgsqlConnection) return new StoreLock(null);
        connection.Execute("SELECT pg_advisory_lock(@Key)", new { Key });
        return new StoreLock(connection);
    }

    public void Dispose() => _connection?.Execute("SELECT pg_advisory_unlock(@Key)", new { Key });
}
