using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PerfBot.Store;

/// <summary>
/// Opens a store, bringing its schema up to date; a store with no tables yet — a new file, a 0-byte file left by a
/// creation that failed, an empty PostgreSQL database — is given the schema and the demo data.
/// </summary>
public static class StoreOpener
{
    /// <param name="location">What --db or PERFBOT_DB says: a SQLite path, a postgresql:// URL or an Npgsql connection string.</param>
    public static Database Open(string location, TextWriter? log = null) => Open(StoreAddress.Parse(location), log);

    public static Database Open(StoreAddress address, TextWriter? log = null)
    {
        if (address.SqlitePath is { } path) Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var database = new Database(address);
        try
        {
            using var connection = Connect(database);
            // Held across the check and the demo load, so of two instances starting on one new database only one loads it.
            using var _ = StoreLock.Take(connection);
            var isNew = !HasTables(connection, database.Sql);
            Migrator.Apply(connection);
            if (isNew)
            {
                var loaded = DemoData.Load(database);
                log?.WriteLine(address.Engine == StoreEngine.Sqlite
                    ? $"Created {address.Description} and loaded the demo data: {loaded}."
                    : $"Set up {address.Description} and loaded the demo data: {loaded}.");
            }
        }
        catch
        {
            database.Dispose();
            throw;
        }
        return database;
    }

    public static bool HasTables(DbConnection connection, SqlDialect sql) => connection.Query<string>(sql.Tables).Any();

    private static Exception? EntraFailure(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
            if (inner is Azure.Identity.AuthenticationFailedException or Azure.Identity.CredentialUnavailableException) return inner;
        return null;
    }

    /// <summary>A connection, or one plain sentence saying why there is none: the file is no database, the server refused.</summary>
    public static DbConnection Connect(Database database)
    {
        try
        {
            var connection = database.Open();
            if (database.Engine == StoreEngine.Sqlite) connection.Execute("SELECT count(*) FROM sqlite_master");
            return connection;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 /* SQLITE_NOTADB */ or 11 /* SQLITE_CORRUPT */)
        {
            throw new StoreProblemException($"{database.Address.Description} is not a SQLite database (SQLite says: {e.Message.Replace("SQLite Error 26: ", "").TrimEnd('.')}); give --db a store file, or a new path to create one.", e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 14 /* SQLITE_CANTOPEN */)
        {
            throw new StoreProblemException($"{database.Address.Description} cannot be opened: {e.Message.TrimEnd('.')}.", e);
        }
        catch (Exception e) when (database.Address.Authentication == StoreAuthentication.Entra && EntraFailure(e) is { } entra)
        {
            throw new StoreProblemException($"{database.Address.Description} cannot be signed in to: no token from the app's managed identity ({entra.Message.Split('\n')[0].TrimEnd('.')}).", e);
        }
        catch (NpgsqlException e)
        {
            // Npgsql's messages name the host, user or database at fault and never the password.
            throw new StoreProblemException($"{database.Address.Description} cannot be reached: {e.Message.TrimEnd('.')}.", e);
        }
    }
}
