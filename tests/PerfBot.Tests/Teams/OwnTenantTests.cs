using System.Net;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Teams;

/// <summary>
/// With authentication on and no Bot:AllowedTenants, only the bot's own tenant (Bot:TenantId) is served: a bot installed
/// by another organisation's users must not reach this council's committees.
/// </summary>
public sealed class OwnTenantTests : IAsyncLifetime
{
    private AuthenticatedBot _authenticated = null!;

    public async Task InitializeAsync() =>
        _authenticated = await AuthenticatedBot.StartAsync(settings: [("Bot:TenantId", TeamsActivities.Tenant), ("Bot:AllowedTenants", "")]);

    public async Task DisposeAsync() => await _authenticated.DisposeAsync();

    [Fact]
    public async Task The_bots_own_tenant_is_answered()
    {
        Assert.Equal(HttpStatusCode.OK, (await _authenticated.AskForHelpAsync()).StatusCode);
        Assert.Single(await _authenticated.Connector.WaitForCallsAsync(1));
    }

    [Fact]
    public async Task Another_tenant_with_a_valid_token_is_forbidden_and_gets_nothing()
    {
        var activity = TeamsActivities.PersonalMessage(_authenticated.Connector.ServiceUrl, "help");
        activity["conversation"]!["tenantId"] = "another-council";
        activity["channelData"]!["tenant"]!["id"] = "another-council";

        var response = await _authenticated.Bot.PostAsync(activity, _authenticated.Keys.Token(_authenticated.Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_authenticated.Connector.Calls);
    }
}
