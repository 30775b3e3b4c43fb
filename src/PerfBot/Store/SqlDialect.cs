namespace PerfBot.Store;

/// <summary>
/// The few places where SQLite's SQL and PostgreSQL's differ, as named fragments: every other statement is written
/// once, in the Dapper call that runs it.
/// </summary>
public sealed record SqlDialect(StoreEngine Engine)
{
    public static readonly SqlDialect Sqlite = new(StoreEngine.Sqlite);
    public static readonly SqlDialect Postgres = new(StoreEngine.Postgres);

    /// <summary>The ISO date text <paramref name="months"/> months before an ISO date text expression.</summary>
    public string MonthsBefore(string isoDate, int months) => Engine == StoreEngine.Sqlite
        ? $"date({isoDate}, '-{months} months')"
        : $"to_char(CAST({isoDate} AS date) - interval '{months} months', 'YYYY-MM-DD')";

    /// <summary>Every table of the store, PerfBot's and Quartz's, with the names as the engine stores them.</summary>
    public string Tables => Engine == StoreEngine.Sqlite
        ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name";

    /// <summary>
    /// Ends a SELECT of rows to claim: on PostgreSQL the rows are locked and rows another transaction has locked are
    /// passed over, so two instances claiming at once take different rows instead of queueing on the same ones. SQLite
    /// has one writer at a time, so its claim is already whole.
    /// </summary>
    public string SkipLocked => Engine == StoreEngine.Sqlite ? "" : "FOR UPDATE SKIP LOCKED";

    /// <summary>Set on an import's connection before its transaction: SQLite keeps a large file's index pages in memory.</summary>
    public string? ImportSession => Engine == StoreEngine.Sqlite ? "PRAGMA cache_size = -131072" : null;

    /// <summary>
    /// Set when the import is done, before its connection goes back to the pool: lowering the limit frees the pages above
    /// it, so a bot that took an officer's large file does not hold 128 MB of them for as long as it keeps that connection.
    /// </summary>
    public string? ImportSessionEnd => Engine == StoreEngine.Sqlite ? "PRAGMA cache_size = -2000" : null;

    /// <summary>
    /// Set on a digest's connection before it reads: a committee's indicators lie all through the tables, so each
    /// committee reads pages from all over them, and SQLite keeps them in memory for the next committee's digest
    /// (64 MB, about what 100,000 indicators' rows and kept figures take) instead of reading each again from the file.
    /// </summary>
    public string? DigestSession => Engine == StoreEngine.Sqlite ? "PRAGMA cache_size = -65536" : null;
}
