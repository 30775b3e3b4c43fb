using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Dapper;
using Npgsql;
using PerfBot.Store;

namespace PerfBot.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster for one test run: initdb and pg_ctl from /usr/lib/postgresql/*/bin in a temporary
/// folder, on a free loopback port, as the postgres system user when the tests run as root (PostgreSQL refuses root).
/// Started by the first test that needs it and stopped, and its folder deleted, when the run ends
/// (<see cref="PerfBotTestFramework"/>). Each test gets its own database, copied from a migrated template.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private static readonly Lazy<PostgresServer> SharedServer = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock Creating = new();

    /// <summary>The template of an empty store (schema only) and of a demo store (schema and demo data).</summary>
    public const string SchemaTemplate = "perfbot_schema", DemoTemplate = "perfbot_demo";

    private const string User = "perfbot";
    private readonly string _folder;
    private readonly string _bin;
    private readonly bool _asPostgresUser;
    private bool _stopped;

    public int Port { get; }
    public string Password { get; } = "pw-" + Guid.NewGuid().ToString("N")[..12];

    public static PostgresServer Shared => SharedServer.Value;

    public static void StopIfStarted()
    {
        if (SharedServer.IsValueCreated) SharedServer.Value.Dispose();
    }

    private PostgresServer(string folder, string bin, bool asPostgresUser, int port) =>
        (_folder, _bin, _asPostgresUser, Port) = (folder, bin, asPostgresUser, port);

    public string ConnectionString(string database, bool pooling = true) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Username = User, Password = Password, Database = database, Pooling = pooling,
    }.ConnectionString;

    public string Url(string database) => $"postgresql://{User}:{Uri.EscapeDataString(Password)}@127.0.0.1:{Port}/{database}";

    /// <summary>A new database, a copy of <paramref name="template"/> (an empty database when null).</summary>
    public string CreateDatabase(string? template = SchemaTemplate)
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        // A template may not be copied while another copy of it is being made.
        lock (Creating)
        {
            using var admin = new NpgsqlConnection(ConnectionString("postgres", pooling: false));
            admin.Open();
            admin.Execute($"CREATE DATABASE {name} TEMPLATE {template ?? "template0"}");
        }
        return name;
    }

    public void DropDatabase(string name)
    {
        using var admin = new NpgsqlConnection(ConnectionString("postgres", pooling: false));
        admin.Open();
        admin.Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static PostgresServer Start()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).FirstOrDefault()
            : null;
        if (bin is null)
            throw new InvalidOperationException("PostgreSQL's server programs (initdb, pg_ctl) are not in /usr/lib/postgresql/*/bin: run `bash .ci/prepare.d/50-postgresql.sh` to install them.");
        var asPostgresUser = Environment.UserName == "root";
        var folder = Directory.CreateTempSubdirectory("perfbot-pg-").FullName;
        var server = new PostgresServer(folder, bin, asPostgresUser, FreePort());
        try
        {
            File.WriteAllText(Path.Combine(folder, "password"), server.Password);
            if (asPostgresUser) Run("chown", "-R", "postgres:postgres", folder);
            server.RunPostgres("initdb", "-D", Path.Combine(folder, "data"), "-U", User, $"--pwfile={Path.Combine(folder, "password")}",
                "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--no-locale", "--no-sync");
            // Durability off: the cluster is thrown away, and fsyncs would be most of the suite's database time.
            server.RunPostgres("pg_ctl", "-D", Path.Combine(folder, "data"), "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
                $"-c port={server.Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={folder} -c fsync=off -c synchronous_commit=off " +
                "-c full_page_writes=off -c max_connections=400 -c shared_buffers=64MB", "start");
            AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
            server.CreateTemplates();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Through PerfBot's own opener, as a new store is made: the schema alone, and the schema with the demo data.</summary>
    private void CreateTemplates()
    {
        using (var admin = new NpgsqlConnection(ConnectionString("postgres", pooling: false)))
        {
            admin.Open();
            admin.Execute($"CREATE DATABASE {SchemaTemplate}; CREATE DATABASE {DemoTemplate};");
        }
        using (var schema = new Database(StoreAddress.Postgres(ConnectionString(SchemaTemplate, pooling: false))))
        using (var connection = schema.Open())
            Migrator.Apply(connection);
        StoreOpener.Open(StoreAddress.Postgres(ConnectionString(DemoTemplate, pooling: false))).Dispose();
    }

    private void RunPostgres(string program, params string[] arguments)
    {
        var path = Path.Combine(_bin, program);
        if (_asPostgresUser) Run("runuser", ["-u", "postgres", "--", path, .. arguments]);
        else Run(path, arguments);
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {error}{output.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (_stopped) return;
        _stopped = true;
        NpgsqlConnection.ClearAllPools();
        try
        {
            if (File.Exists(Path.Combine(_folder, "data", "postmaster.pid")))
                RunPostgres("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
