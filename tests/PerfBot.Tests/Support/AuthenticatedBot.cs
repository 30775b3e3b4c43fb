using Microsoft.Extensions.DependencyInjection;

namespace PerfBot.Tests.Support;

/// <summary>
/// The bot with inbound authentication on, as in production: Bot Framework keys and metadata, a connector and an Entra
/// token endpoint, each on loopback.
/// </summary>
public sealed class AuthenticatedBot : IAsyncDisposable
{
    public FakeBotFrameworkKeys Keys { get; private init; } = null!;
    public FakeConnector Connector { get; private init; } = null!;
    public FakeEntra Entra { get; private init; } = null!;
    public BotUnderTest Bot { get; private init; } = null!;

    public static async Task<AuthenticatedBot> StartAsync(IEnumerable<(string Key, string Value)>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var keys = await FakeBotFrameworkKeys.StartAsync();
        var connector = await FakeConnector.StartAsync();
        var entra = await FakeEntra.StartAsync();
        var bot = await BotUnderTest.StartAsync(entra: entra, configureServices: configureServices, settings:
        [
            ("Bot:AppId", FakeBotFrameworkKeys.AppId),
            ("Bot:AppPassword", "test-secret"),
            // Authentication on serves the bot's own tenant unless Bot:AllowedTenants lists others.
            ("Bot:TenantId", TeamsActivities.Tenant),
            ("Bot:OpenIdMetadataUrl", keys.MetadataUrl),
            .. settings ?? [],
        ]);
        return new AuthenticatedBot { Keys = keys, Connector = connector, Entra = entra, Bot = bot };
    }

    /// <summary>"help" in a personal chat, with a token the keys signed for the connector's serviceUrl.</summary>
    public Task<HttpResponseMessage> AskForHelpAsync() =>
        Bot.PostAsync(TeamsActivities.PersonalMessage(Connector.ServiceUrl, "help"), Keys.Token(Connector.ServiceUrl));

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Entra.DisposeAsync();
        await Connector.DisposeAsync();
        await Keys.DisposeAsync();
    }
}
