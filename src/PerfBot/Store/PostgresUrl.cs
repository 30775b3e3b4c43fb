using Npgsql;

namespace PerfBot.Store;

/// <summary>
/// libpq's URL form, postgresql://user:password@host:port/database?option=value, as an Npgsql connection string: parts
/// percent-decoded, several hosts allowed (host1:5432,host2:5433), and libpq's query options mapped to Npgsql's keywords.
/// </summary>
public static class PostgresUrl
{
    private static readonly string[] Schemes = ["postgresql://", "postgres://"];

    /// <summary>libpq's option names and the Npgsql keyword each becomes.</summary>
    private static readonly Dictionary<string, string> Options = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["sslrootcert"] = "Root Certificate",
        ["sslcert"] = "SSL Certificate",
        ["sslkey"] = "SSL Key",
        ["sslpassword"] = "SSL Password",
        ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name",
        ["target_session_attrs"] = "Target Session Attributes",
        ["options"] = "Options",
        ["keepalives_idle"] = "Tcp Keepalive Time",
        ["channel_binding"] = "Channel Binding",
        ["gssencmode"] = "GSS Encryption Mode",
        ["krbsrvname"] = "Kerberos Service Name",
        ["search_path"] = "Search Path",
        ["pooling"] = "Pooling",
        ["maximum_pool_size"] = "Maximum Pool Size",
        ["minimum_pool_size"] = "Minimum Pool Size",
        ["command_timeout"] = "Command Timeout",
    };

    public static bool IsUrl(string value) => Schemes.Any(s => value.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    public static string ToConnectionString(string url)
    {
        var rest = url[Schemes.First(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase)).Length..];
        var query = "";
        var questionMark = rest.IndexOf('?');
        if (questionMark >= 0) (rest, query) = (rest[..questionMark], rest[(questionMark + 1)..]);
        var slash = rest.IndexOf('/');
        var authority = slash >= 0 ? rest[..slash] : rest;
        var database = slash >= 0 ? Decode(rest[(slash + 1)..], "database name") : "";
        var builder = new NpgsqlConnectionStringBuilder();

        // The password may itself hold an '@' only percent-encoded, so the last '@' ends the user part.
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            var user = authority[..at];
            authority = authority[(at + 1)..];
            var colon = user.IndexOf(':');
            builder.Username = Decode(colon >= 0 ? user[..colon] : user, "user name");
            if (colon >= 0) builder.Password = Decode(user[(colon + 1)..], "password");
        }
        if (authority.Length == 0) throw Problem("names no host: write postgresql://user:password@host:port/database.");
        var hosts = authority.Split(',').Select(HostAndPort).ToList();
        // One host keeps its port in Port, as tools reading the settings (psql's PGHOST, PGPORT) expect; a list keeps each its own.
        if (hosts is [var (host, port)]) (builder.Host, builder.Port) = (host, port ?? 5432);
        else builder.Host = string.Join(",", hosts.Select(h => h.Port is { } p ? $"{h.Host}:{p}" : h.Host));
        if (database.Length == 0) throw Problem("names no database: end it with /database.");
        if (database.Contains('/')) throw Problem("has more than one '/' after the host: the part after the host is one database name.");
        builder.Database = database;

        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = Decode(equals >= 0 ? pair[..equals] : pair, "option name");
            var value = equals >= 0 ? Decode(pair[(equals + 1)..], $"value of {name}") : "";
            if (!Options.TryGetValue(name, out var keyword))
                throw Problem($"has the option '{name}', which PerfBot does not know (known: {string.Join(", ", Options.Keys)}).");
            try
            {
                builder[keyword] = MapValue(name, value);
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
            {
                throw Problem($"has {name}={value}, which is not a value it takes.");
            }
        }
        return builder.ConnectionString;
    }

    /// <summary>libpq's sslmode names differ from Npgsql's in their hyphens only.</summary>
    private static string MapValue(string name, string value) =>
        name.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? value.Replace("-", "") : value;

    /// <summary>host, host:port, [v6 address] or [v6 address]:port.</summary>
    private static (string Host, int? Port) HostAndPort(string part)
    {
        var host = Decode(part, "host");
        if (host.Length == 0) throw Problem("has an empty host in its host list.");
        var portAt = host.StartsWith('[') ? host.IndexOf("]:", StringComparison.Ordinal) + 1 : host.LastIndexOf(':');
        if (portAt <= 0) return (host, null);
        if (!int.TryParse(host[(portAt + 1)..], out var port) || port is <= 0 or > 65535)
            throw Problem($"has the port '{host[(portAt + 1)..]}' after {host[..portAt]}: a port is a number from 1 to 65535.");
        return (host[..portAt], port);
    }

    private static string Decode(string part, string what)
    {
        try
        {
            return Uri.UnescapeDataString(part);
        }
        catch (UriFormatException)
        {
            throw Problem($"has a {what} that is not valid percent-encoding.");
        }
    }

    private static StoreProblemException Problem(string what) => new($"The PostgreSQL URL (--db or PERFBOT_DB) {what}");
}
