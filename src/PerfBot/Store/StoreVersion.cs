using System.Data;
using Dapper;

namespace PerfBot.Store;

/// <summary>
/// The store's change counter: every import bumps it inside its own transaction. On PostgreSQL the bump also NOTIFYs
/// <see cref="Channel"/>, which PostgreSQL delivers to every listening instance when the transaction commits.
/// </summary>
public static class StoreVersion
{
    public const string Channel = "perfbot_store_changed";

    public static void Bump(IDbConnection connection, IDbTransaction transaction)
    {
        connection.Execute("UPDATE store_version SET version = version + 1 WHERE id = 1", transaction: transaction);
        if (connection is Npgsql.NpgsqlConnection) connection.Execute($"NOTIFY {Channel}", transaction: transaction);
    }
}
