using Npgsql;

namespace PerfBot.Store;

/// <summary>
/// Where a store is, as --db or PERFBOT_DB gives it: a SQLite file path (the default), a PostgreSQL URL
/// (postgresql:// or postgres://) or an Npgsql connection string (Host=…;Database=…).
/// </summary>
/// <param name="Description">For logs and messages: the file path, or host, port, database and user — never a password.</param>
public sealed record StoreAddress(StoreEngine Engine, string ConnectionString, string Description, string? SqlitePath)
{
    /// <summary>How a PostgreSQL store is signed in to (PERFBOT_DB_AUTHENTICATION); a SQLite file needs nothing.</summary>
    public StoreAuthentication Authentication { get; init; } = StoreAuthentication.Password;

    public static StoreAddress Sqlite(string path)
    {
        var full = Path.GetFullPath(path);
        return new StoreAddress(StoreEngine.Sqlite, full, full, full);
    }

    /// <summary>The address, signed in to as PERFBOT_DB_AUTHENTICATION says.</summary>
    public static StoreAddress Parse(string value) => StoreAuthenticationSetting.Apply(ParseLocation(value), StoreAuthenticationSetting.FromEnvironment());

    public static StoreAddress ParseLocation(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0) throw new StoreProblemException("The store address (--db or PERFBOT_DB) is empty: give a SQLite file path or a postgresql:// URL.");
        if (PostgresUrl.IsUrl(trimmed)) return Postgres(PostgresUrl.ToConnectionString(trimmed));
        if (LooksLikeConnectionString(trimmed)) return Postgres(trimmed);
        return Sqlite(trimmed);
    }

    /// <summary>An Npgsql connection string, checked for unknown keywords and a missing host or database.</summary>
    public static StoreAddress Postgres(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            // Npgsql's message names the keyword or value it refused; it never repeats the password.
            throw new StoreProblemException($"The PostgreSQL connection string (--db or PERFBOT_DB) is not valid: {e.Message.TrimEnd('.')}.");
        }
        if (string.IsNullOrWhiteSpace(builder.Host))
            throw new StoreProblemException("The PostgreSQL connection string (--db or PERFBOT_DB) names no host: add Host=… (or use postgresql://user:password@host:port/database).");
        if (string.IsNullOrWhiteSpace(builder.Database))
            throw new StoreProblemException("The PostgreSQL connection string (--db or PERFBOT_DB) names no database: add Database=… (or end the URL with /database).");
        // A host list from a URL carries its own ports.
        var where = builder.Host.Contains(':') || builder.Host.Contains(',') ? builder.Host : $"{builder.Host}:{builder.Port}";
        var description = $"PostgreSQL database {builder.Database} on {where}" + (builder.Username is { Length: > 0 } user ? $" as {user}" : "");
        return new StoreAddress(StoreEngine.Postgres, builder.ConnectionString, description, null);
    }

    private static readonly string[] ConnectionStringKeys = ["host", "server", "database", "username", "user id", "userid", "user", "port", "password"];

    /// <summary>Key=value pairs whose first key is one Npgsql knows; a file name with an '=' in it stays a path.</summary>
    private static bool LooksLikeConnectionString(string value)
    {
        var equals = value.IndexOf('=');
        return equals > 0 && ConnectionStringKeys.Contains(value[..equals].Trim().ToLowerInvariant());
    }

    public override string ToString() => Description;
}
