using Microsoft.Data.Sqlite;
using Npgsql;

namespace PerfBot.Store;

/// <summary>A failure that only means another writer held the store for longer than this one would wait: worth trying again later.</summary>
public static class StoreBusy
{
    public const string Apology = "The performance store is busy with an update just now, so I couldn't do that. Please try again in a few minutes.";

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // SQLITE_BUSY and SQLITE_LOCKED, with or without their extended codes.
            if (e is SqliteException { SqliteErrorCode: 5 or 6 }) return true;
            // lock_not_available, query_canceled (a command timeout), deadlock_detected, serialization_failure.
            if (e is PostgresException { SqlState: "55P03" or "57014" or "40P01" or "40001" }) return true;
            if (e is NpgsqlException { InnerException: TimeoutException }) return true;
        }
        return false;
    }
}
