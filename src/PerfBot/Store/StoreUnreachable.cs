using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PerfBot.Store;

/// <summary>
/// A failure that means the store could not be reached at all — the server down or out of connections, the network or
/// the sign-in failing — rather than a statement that went wrong: a member is told the figures are unavailable for now.
/// </summary>
public static class StoreUnreachable
{
    public const string Apology = "The performance figures are unavailable right now: I can't reach the store they are kept in. Please try again in a few minutes.";

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SocketException or Azure.Identity.AuthenticationFailedException or Azure.Identity.CredentialUnavailableException) return true;
            // SQLITE_CANTOPEN: the file or its share is gone.
            if (e is SqliteException { SqliteErrorCode: 14 }) return true;
            // Connection exceptions, a sign-in refused, the database gone, too many connections, the server shutting down.
            if (e is PostgresException { SqlState: var state } && (state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("28", StringComparison.Ordinal)
                || state is "3D000" or "53300" or "57P01" or "57P02" or "57P03")) return true;
            // Npgsql's own words for an open that failed or waited out its Timeout for a pooled connection.
            if (e is NpgsqlException { Message: var message } and not PostgresException
                && (message.StartsWith("Failed to connect", StringComparison.Ordinal) || message.StartsWith("Exception while connecting", StringComparison.Ordinal)
                    || message.StartsWith("The connection pool has been exhausted", StringComparison.Ordinal))) return true;
        }
        return false;
    }
}
