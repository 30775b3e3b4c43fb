using Dapper;
using Npgsql;
using PerfBot.Store;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Teams;

/// <summary>
/// A `perfbot serve` process whose PostgreSQL store stops letting it in mid-run (its role's password changed and its
/// sessions ended, as a server that is down or refusing looks to it): a member's question gets a plain sentence that the
/// figures are unavailable, the request is acknowledged rather than failed (Bot Framework would send a 5xx again), the
/// failure is logged, /healthz says so, and once the store lets it in again questions are answered.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StoreUnreachableTests : IAsyncLifetime
{
    private readonly TempStore _store = TempStore.WithDemoData(StoreEngine.Postgres);
    private readonly string _role = "perfbot_app_" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _password = "pw-" + Guid.NewGuid().ToString("N");
    private FakeConnector _connector = null!;
    private ServeProcess _serve = null!;
    private int _turns;

    public async Task InitializeAsync()
    {
        Admin($"CREATE ROLE {_role} LOGIN PASSWORD '{_password}' IN ROLE perfbot");
        _connector = await FakeConnector.StartAsync();
        var database = new NpgsqlConnectionStringBuilder(_store.Database.ConnectionString).Database;
        _serve = await ServeProcess.StartAsync("unreachable", $"postgresql://{_role}:{_password}@127.0.0.1:{PostgresServer.Shared.Port}/{database}",
            [("Schedule:Enabled", "false")]);
    }

    public async Task DisposeAsync()
    {
        await _serve.DisposeAsync();
        await _connector.DisposeAsync();
        _store.Dispose();
        Admin($"DROP ROLE IF EXISTS {_role}");
    }

    [Fact]
    public async Task A_question_the_store_cannot_be_reached_for_is_answered_that_the_figures_are_unavailable_and_answered_again_once_it_can()
    {
        Assert.StartsWith("Number of active foster carers", await AskAsync("how are foster carers doing?"));

        Admin($"ALTER ROLE {_role} PASSWORD 'not-{_password}'");
        Admin($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{_role}'");
        Assert.Equal(StoreUnreachable.Apology, await AskAsync("how are foster carers doing?"));
        await _serve.WaitForLogAsync(line => line.Level == "Error" && line.Message.StartsWith("The store could not be reached", StringComparison.Ordinal));
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, (await _serve.Http.GetAsync("healthz")).StatusCode);

        Admin($"ALTER ROLE {_role} PASSWORD '{_password}'");
        Assert.StartsWith("Number of active foster carers", await AskAsync("how are foster carers doing?"));
    }

    /// <summary>Posts a 1:1 message, checks it was acknowledged with 200, and returns the words of the reply the connector got.</summary>
    private async Task<string> AskAsync(string text)
    {
        var id = $"msg-{++_turns}";
        var response = await _serve.PostAsync(TeamsActivities.PersonalMessage(_connector.ServiceUrl, text, "a:personal-chat-1", id: id));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var reply = (await _connector.WaitForCallsAsync(1, TimeSpan.FromSeconds(60),
            c => c.Method == "POST" && Uri.UnescapeDataString(c.Path).EndsWith($"/activities/{id}", StringComparison.Ordinal)
                && c.Body.GetProperty("type").GetString() == "message")).Single();
        return TeamsActivities.WordsOf(reply.Body);
    }

    private static void Admin(string sql)
    {
        using var admin = new NpgsqlConnection(PostgresServer.Shared.ConnectionString("postgres", pooling: false));
        admin.Open();
        admin.Execute(sql);
    }
}
