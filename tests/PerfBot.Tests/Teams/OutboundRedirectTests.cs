using System.Net;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Teams;

/// <summary>
/// A redirect from a host the bot trusts would carry its request, body and all, past the allow-list: the connector,
/// the token client and the OpenID metadata client treat a 3xx as a failure and never follow it.
/// </summary>
public sealed class OutboundRedirectTests : IAsyncLifetime
{
    private FakeBotFrameworkKeys _keys = null!;
    private FakeConnector _connector = null!;
    private FakeEntra _entra = null!;
    private RecordingServer _elsewhere = null!;
    private BotUnderTest _bot = null!;

    public async Task InitializeAsync()
    {
        _keys = await FakeBotFrameworkKeys.StartAsync();
        _connector = await FakeConnector.StartAsync();
        _entra = await FakeEntra.StartAsync();
        // With the token endpoint's certificate, so that only the redirect, not TLS, stands between the bot and it.
        _elsewhere = await RecordingServer.StartAsync(_entra.Certificate);
        _bot = await BotUnderTest.StartAsync(entra: _entra, settings:
        [
            ("Bot:AppId", FakeBotFrameworkKeys.AppId),
            ("Bot:AppPassword", "test-secret"),
            ("Bot:OpenIdMetadataUrl", _keys.MetadataUrl),
            ("Bot:Retry:MaxRetries", "0"),
        ]);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _elsewhere.DisposeAsync();
        await _entra.DisposeAsync();
        await _connector.DisposeAsync();
        await _keys.DisposeAsync();
    }

    private Task<HttpResponseMessage> AskForHelp() =>
        _bot.PostAsync(TeamsActivities.PersonalMessage(_connector.ServiceUrl, "help"), _keys.Token(_connector.ServiceUrl));

    [Fact]
    public async Task A_307_from_the_connector_is_not_followed()
    {
        await using var plain = await RecordingServer.StartAsync();
        _connector.ThenAnswer(plain.RedirectHere);

        // The turn is over when the request is answered: the reply was tried and failed, with nothing sent on.
        Assert.Equal(HttpStatusCode.OK, (await AskForHelp()).StatusCode);

        Assert.Single(_connector.Calls);
        Assert.Empty(plain.Requests);
    }

    [Fact]
    public async Task A_307_from_the_token_endpoint_is_not_followed()
    {
        _entra.Answer = _elsewhere.RedirectHere;

        Assert.Equal(HttpStatusCode.OK, (await AskForHelp()).StatusCode);

        Assert.Single(_entra.Requests);
        Assert.Empty(_elsewhere.Requests);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task A_307_from_the_openid_metadata_is_not_followed()
    {
        await using var plain = await RecordingServer.StartAsync();
        _keys.MetadataAnswer = plain.RedirectHere;

        Assert.Equal(HttpStatusCode.Unauthorized, (await AskForHelp()).StatusCode);

        Assert.Equal(1, _keys.MetadataRequests);
        Assert.Empty(plain.Requests);
    }
}
