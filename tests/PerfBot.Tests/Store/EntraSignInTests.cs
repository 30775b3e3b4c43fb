using Dapper;
using Npgsql;
using PerfBot.Store;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Store;

/// <summary>
/// A `perfbot serve` process signing in to a real PostgreSQL with a token from a managed identity, as Azure Database for
/// PostgreSQL takes one: only Entra ID is faked (App Service's identity endpoint on loopback), and the server's role for
/// the identity has the token the fake hands out as its password, changed when the fake hands out a new one.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class EntraSignInTests : IAsyncLifetime
{
    private const string ClientId = "5b3f0c1e-6a2d-4f7e-9c1b-2d8e4a6f0b13";
    private readonly TempStore _store = TempStore.WithDemoData(StoreEngine.Postgres);
    private readonly string _role = "perfbot_identity_" + Guid.NewGuid().ToString("N")[..8];
    private FakeManagedIdentity _identity = null!;
    private ServeProcess? _serve;

    private string DatabaseName => new NpgsqlConnectionStringBuilder(_store.Database.ConnectionString).Database!;

    public async Task InitializeAsync()
    {
        _identity = await FakeManagedIdentity.StartAsync();
        // The identity's role may do what PerfBot's owner may in this database, as pgaadauth_create_principal plus
        // the grants in docs/deploy.md give it.
        Admin($"CREATE ROLE {_role} LOGIN PASSWORD '{_identity.CurrentToken}' IN ROLE perfbot");
    }

    public async Task DisposeAsync()
    {
        if (_serve is not null) await _serve.DisposeAsync();
        await _identity.DisposeAsync();
        _store.Dispose();
        Admin($"DROP ROLE IF EXISTS {_role}");
    }

    [Fact]
    public async Task Serve_signs_in_with_the_identitys_token_and_a_new_token_keeps_new_connections_coming()
    {
        var url = $"postgresql://{_role}@127.0.0.1:{PostgresServer.Shared.Port}/{DatabaseName}";
        var environment = new Dictionary<string, string>(_identity.Environment)
        {
            ["PERFBOT_DB_AUTHENTICATION"] = "entra",
            ["PERFBOT_DB_TOKEN_REFRESH"] = "00:00:00.500",
            ["AZURE_CLIENT_ID"] = ClientId,
        };
        _serve = await ServeProcess.StartAsync("entra", url, [], environment);

        Assert.True((await _serve.Http.GetAsync("healthz")).IsSuccessStatusCode);
        Assert.NotEmpty(Sessions(since: DateTime.UnixEpoch));
        var first = _identity.Requests[0];
        Assert.Equal(("2019-08-01", "https://ossrdbms-aad.database.windows.net", ClientId, true), (first.ApiVersion, first.Resource, first.ClientId, first.SecretMatched));

        // Entra ID issues a new token and the server's password for the role follows it; the old one no longer signs in.
        var oldToken = _identity.CurrentToken;
        var newToken = _identity.Rotate();
        Admin($"ALTER ROLE {_role} PASSWORD '{newToken}'");
        Assert.Throws<PostgresException>(() => Connect(oldToken));
        // Two requests answered with the new token: the first one's answer is in the data source by the time the second comes.
        await WaitFor(() => _identity.Requests.Count(r => r.Issued == newToken) >= 2, "two requests answered with the new token");

        // Every session the process holds is dropped, so what it does next needs new connections.
        Admin($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{_role}'");
        var droppedAt = ServerNow();
        await WaitFor(async () => (await _serve.Http.GetAsync("healthz")).IsSuccessStatusCode && Sessions(since: droppedAt).Count > 0,
            "healthz to answer again on a connection made after the password changed");
        Assert.DoesNotContain(_serve.Log, line => line.Message.Contains("password authentication failed", StringComparison.Ordinal));
        Assert.All(_identity.Requests, request => Assert.True(request.SecretMatched));
    }

    [Fact]
    public async Task A_token_the_identity_endpoint_refuses_is_one_sentence_naming_the_managed_identity()
    {
        var environment = new Dictionary<string, string>(_identity.Environment)
        {
            ["IDENTITY_HEADER"] = "not-the-secret",
            ["PERFBOT_DB_AUTHENTICATION"] = "entra",
            ["AZURE_CLIENT_ID"] = ClientId,
        };
        environment["PERFBOT_DB"] = $"postgresql://{_role}@127.0.0.1:{PostgresServer.Shared.Port}/{DatabaseName}";
        var outcome = await ChildProcess.PerfbotAsync(["schedule"], environment);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("cannot be signed in to: no token from the app's managed identity", outcome.Error);
        Assert.DoesNotContain("   at ", outcome.Error);
        Assert.Contains(_identity.Requests, request => !request.SecretMatched);
    }

    private static DateTime ServerNow()
    {
        using var admin = new NpgsqlConnection(PostgresServer.Shared.ConnectionString("postgres", pooling: false));
        return admin.ExecuteScalar<DateTime>("SELECT now()");
    }

    private List<DateTime> Sessions(DateTime since)
    {
        using var admin = new NpgsqlConnection(PostgresServer.Shared.ConnectionString("postgres", pooling: false));
        return admin.Query<DateTime>("SELECT backend_start FROM pg_stat_activity WHERE usename = @role AND datname = @database AND backend_start > @since",
            new { role = _role, database = DatabaseName, since }).ToList();
    }

    private void Connect(string password)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresServer.Shared.ConnectionString(DatabaseName, pooling: false)) { Username = _role, Password = password };
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
    }

    private static void Admin(string sql)
    {
        using var admin = new NpgsqlConnection(PostgresServer.Shared.ConnectionString("postgres", pooling: false));
        admin.Open();
        admin.Execute(sql);
    }

    private static Task WaitFor(Func<bool> done, string what) => WaitFor(() => Task.FromResult(done()), what);

    private static async Task WaitFor(Func<Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await done())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No {what} within 60 s.");
            await Task.Delay(50);
        }
    }
}
