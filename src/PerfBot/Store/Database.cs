using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PerfBot.Store;

/// <summary>
/// Opens connections to one store — a SQLite file or a PostgreSQL database — with what every connection needs. Callers
/// get a <see cref="DbConnection"/> and run the same SQL on either; <see cref="Sql"/> holds the few fragments that differ.
/// </summary>
public sealed class Database : IDisposable
{
    private readonly NpgsqlDataSource? _postgres;

    public Database(string path) : this(StoreAddress.Sqlite(path)) { }

    public Database(StoreAddress address)
    {
        Address = address;
        Sql = address.Engine == StoreEngine.Sqlite ? SqlDialect.Sqlite : SqlDialect.Postgres;
        if (address.Engine == StoreEngine.Sqlite)
        {
            ConnectionString = new SqliteConnectionStringBuilder
            {
                DataSource = address.SqlitePath,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = true,
                ForeignKeys = true,
                DefaultTimeout = 30,
            }.ToString();
        }
        else
        {
            ConnectionString = address.ConnectionString;
            var builder = new NpgsqlDataSourceBuilder(WithPreparedStatements(address.ConnectionString));
            if (address.Authentication == StoreAuthentication.Entra)
                builder.UseEntraPasswords(EntraPasswords.ManagedIdentity(), StoreAuthenticationSetting.RefreshFromEnvironment());
            _postgres = builder.Build();
        }
    }

    /// <summary>
    /// PerfBot's statements are few and run again and again (an answer's read thousands of times an hour), so the
    /// server keeps each one parsed and planned after its second use instead of every execution paying for that.
    /// A connection string that says Max Auto Prepare itself keeps its own value.
    /// </summary>
    private static string WithPreparedStatements(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare")) return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 }.ConnectionString;
    }

    public StoreAddress Address { get; }
    public StoreEngine Engine => Address.Engine;
    public SqlDialect Sql { get; }
    public string ConnectionString { get; }

    /// <summary>A PostgreSQL store's pool, signed in as the address says, for a library that opens its own connections (Quartz).</summary>
    public NpgsqlDataSource DataSource => _postgres ?? throw new InvalidOperationException($"{Address.Description} is not a PostgreSQL database.");

    /// <summary>The SQLite file; only a SQLite store has one.</summary>
    public string Path => Address.SqlitePath ?? throw new InvalidOperationException($"{Address.Description} is not a SQLite file.");

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

    /// <summary>How long a SQLite write waits for another writer to finish before it fails as busy.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(30);

    public DbConnection Open() => Open(DefaultBusyTimeout);

    /// <param name="busyTimeout">How long a SQLite write waits out another writer; a background writer that retries waits less.</param>
    public DbConnection Open(TimeSpan busyTimeout)
    {
        if (_postgres is not null) return _postgres.OpenConnection();
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        // busy_timeout waits out another writer instead of failing at once.
        connection.Execute($"PRAGMA journal_mode = {JournalMode}; PRAGMA synchronous = {(JournalMode == "WAL" ? "NORMAL" : "FULL")}; PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds};");
        return connection;
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_postgres is not null) return await _postgres.OpenConnectionAsync(cancellationToken);
        return Open();
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PreparedRead> _prepared = new(StringComparer.Ordinal);

    /// <summary>The one <see cref="PreparedRead"/> of this store for this SQL: for a read run on every answer.</summary>
    public PreparedRead Prepared(string sql, params (string Name, System.Data.DbType Type)[] parameters) =>
        _prepared.GetOrAdd(sql, text => new PreparedRead(this, text, parameters));

    public override string ToString() => Address.Description;

    /// <summary>
    /// Closes the connections kept for prepared reads, and a PostgreSQL store's pooled connections; a SQLite store's
    /// pool is shared by the process.
    /// </summary>
    public void Dispose()
    {
        foreach (var read in _prepared.Values) read.Dispose();
        _postgres?.Dispose();
    }

    static Database() => DefaultTypeHandlers.Register();
}
