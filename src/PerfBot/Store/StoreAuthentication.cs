using Npgsql;

namespace PerfBot.Store;

/// <summary>How PerfBot signs in to a PostgreSQL store: the password in its address, or a token for the app's managed identity.</summary>
public enum StoreAuthentication
{
    Password,
    Entra,
}

/// <summary>
/// PERFBOT_DB_AUTHENTICATION: <c>password</c> (the default) or <c>entra</c>. With Entra the address names the managed
/// identity's PostgreSQL role as its user and holds no password; PerfBot asks Entra ID for a token instead.
/// </summary>
public static class StoreAuthenticationSetting
{
    public const string Variable = "PERFBOT_DB_AUTHENTICATION";

    /// <summary>How often a token is asked for again; Azure.Identity answers from its cache until the token nears expiry.</summary>
    public const string RefreshVariable = "PERFBOT_DB_TOKEN_REFRESH";

    public static readonly TimeSpan DefaultRefresh = TimeSpan.FromMinutes(5);

    public static StoreAuthentication FromEnvironment() => Parse(Environment.GetEnvironmentVariable(Variable));

    public static StoreAuthentication Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "password" => StoreAuthentication.Password,
        "entra" => StoreAuthentication.Entra,
        _ => throw new StoreProblemException($"{Variable} is '{value!.Trim()}', which PerfBot does not know: write password (the default) or entra."),
    };

    public static TimeSpan RefreshFromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable(RefreshVariable);
        if (string.IsNullOrWhiteSpace(value)) return DefaultRefresh;
        if (TimeSpan.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var refresh) && refresh > TimeSpan.Zero) return refresh;
        throw new StoreProblemException($"{RefreshVariable} is '{value.Trim()}': write a positive time span such as 00:05:00.");
    }

    /// <summary>An address that Entra sign-in can use: PostgreSQL, a role to sign in as, no password of its own.</summary>
    public static StoreAddress Apply(StoreAddress address, StoreAuthentication authentication)
    {
        if (authentication == StoreAuthentication.Password) return address;
        if (address.Engine != StoreEngine.Postgres)
            throw new StoreProblemException($"{Variable}=entra signs in to a PostgreSQL server, but the store is the SQLite file {address.Description}.");
        var builder = new NpgsqlConnectionStringBuilder(address.ConnectionString);
        if (!string.IsNullOrEmpty(builder.Password))
            throw new StoreProblemException($"{Variable}=entra takes its password from Entra ID, so leave the password out of the store address (postgresql://ROLE@host:5432/database).");
        if (string.IsNullOrWhiteSpace(builder.Username))
            throw new StoreProblemException($"{Variable}=entra needs the managed identity's PostgreSQL role as the user in the store address (postgresql://ROLE@host:5432/database).");
        return address with { Authentication = StoreAuthentication.Entra, Description = address.Description + " with Entra ID" };
    }
}
