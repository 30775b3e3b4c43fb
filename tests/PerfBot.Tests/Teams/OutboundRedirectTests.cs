using System.Net;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Teams;

/// <summary>
/// A redirect from a host the bot trusts would carry its request, body and all, past the allow-list: the connector,
/// the token client and the OpenID metadata client treat a 3xx as a failure and never follow it.
/// </summary>
public sealed class OutboundRedirectTests : IAsyncLifetime
{
    private AuthenticatedBot _bot = null!;
    private RecordingServer _elsewhere = null!;
    private FakeBotFrameworkKeys _keys = null!;
    private FakeConnector _connector = null!;
    private FakeEntra _entra = null!;

    public async Task InitializeAsync()
    {
        _bot = await AuthenticatedBot.StartAsync(settings: [("Bot:Retry:MaxRetries", "0")]);
        (_keys, _connector, _entra) = (_bot.Keys, _bot.Connector, _bot.Entra);
        // With the token endpoint's certificate, so that only the redirect, not TLS, stands between the bot and it.
        _elsewhere = await RecordingServer.StartAsync(_entra.Certificate);
    }

    public async Task DisposeAsync()
    {
        await _elsewhere.DisposeAsync();
        await _bot.DisposeAsync();
    }

    private Task<HttpResponseMessage> AskForHelp() => _bot.AskForHelpAsync();

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
