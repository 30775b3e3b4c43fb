namespace PerfBot.Store;

/// <summary>The database engines a store can live in: a SQLite file (the embedded default) or a PostgreSQL database.</summary>
public enum StoreEngine
{
    Sqlite,
    Postgres,
}
