using System.Data;
using Dapper;

namespace PerfBot.Store;

/// <summary>The store's change counter: every import bumps it inside its own transaction.</summary>
public static class StoreVersion
{
    public static void Bump(IDbConnection connection, IDbTransaction transaction) =>
        connection.Execute("UPDATE store_version SET version = version + 1 WHERE id = 1", transaction: transaction);
}
