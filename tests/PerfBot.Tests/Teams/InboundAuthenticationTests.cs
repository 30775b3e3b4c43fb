using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Teams;

/// <summary>
/// Every check the Bot Framework requires on an inbound request, each with a token signed by test keys served from a
/// loopback OpenID metadata endpoint.
/// </summary>
public sealed class InboundAuthenticationTests : IAsyncLifetime
{
    private AuthenticatedBot _authenticated = null!;
    private FakeBotFrameworkKeys _keys = null!;
    private FakeConnector _connector = null!;
    private FakeEntra _entra = null!;
    private BotUnderTest _bot = null!;

    public async Task InitializeAsync()
    {
        _authenticated = await AuthenticatedBot.StartAsync(settings: [("Bot:AllowedTenants", $"{TeamsActivities.Tenant},another-tenant")]);
        (_keys, _connector, _entra, _bot) = (_authenticated.Keys, _authenticated.Connector, _authenticated.Entra, _authenticated.Bot);
    }

    public async Task DisposeAsync() => await _authenticated.DisposeAsync();

    private JsonObject Help() => TeamsActivities.PersonalMessage(_connector.ServiceUrl, "help");

    [Fact]
    public async Task A_good_token_is_accepted_and_the_reply_carries_the_bots_own_token()
    {
        var response = await _bot.PostAsync(Help(), _keys.Token(_connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await _connector.WaitForCallsAsync(1));
        Assert.Equal("Bearer connector-token-1", reply.Authorization);
        var tokenRequest = Assert.Single(_entra.Requests);
        Assert.Equal("client_credentials", tokenRequest["grant_type"]);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest["scope"]);
        Assert.Equal(FakeBotFrameworkKeys.AppId, tokenRequest["client_id"]);
    }

    [Fact]
    public async Task The_outbound_token_is_cached_until_it_expires()
    {
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await _bot.PostAsync(Help(), _keys.Token(_connector.ServiceUrl))).StatusCode);
        await _connector.WaitForCallsAsync(3);
        Assert.Equal(1, _entra.TokensIssued);
    }

    [Fact]
    public async Task Missing_authorization_header_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.PostAsync(Help())).StatusCode);

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("bearer not-a-jwt")]
    [InlineData("Token abc.def.ghi")]
    public async Task Wrong_scheme_or_garbage_is_refused(string authorization) =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.PostAsync(Help(), authorization: authorization)).StatusCode);

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var token = _keys.Token(_connector.ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-6));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.PostAsync(Help(), token)).StatusCode);
    }

    [Fact]
    public async Task A_token_expired_within_the_five_minute_skew_is_accepted()
    {
        var token = _keys.Token(_connector.ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-1), expires: DateTime.UtcNow.AddMinutes(-3));
        Assert.Equal(HttpStatusCode.OK, (await _bot.PostAsync(Help(), token)).StatusCode);
    }

    [Fact]
    public async Task A_token_not_yet_valid_is_refused()
    {
        var token = _keys.Token(_connector.ServiceUrl, notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddHours(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.PostAsync(Help(), token)).StatusCode);
    }

    [Theory]
    [InlineData("https://api.botframework.com")] // a token for the connector, not for this bot
    [InlineData("99999999-2222-3333-4444-555555555555")]
    public async Task A_token_for_another_audience_is_refused(string audience) =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.PostAsync(Help(), _keys.Token(_connector.ServiceUrl, audience: audience))).StatusCode);

    [Theory]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")]
    [InlineData("https://api.botframework.com.evil.example")]
    public async Task A_token_from_another_issuer_is_refused(string issuer) =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.PostAsync(Help(), _keys.Token(_connector.ServiceUrl, issuer: issuer))).StatusCode);

    [Fact]
    public async Task A_token_signed_with_another_key_under_a_known_key_id_is_refused()
    {
        var impostor = new RsaSecurityKey(RSA.Create(2048)) { KeyId = _keys.TeamsKey.KeyId };
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.PostAsync(Help(), _keys.Token(_connector.ServiceUrl, key: impostor))).StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_an_unknown_key_is_refused_after_refetching_the_keys()
    {
        Assert.Equal(HttpStatusCode.OK, (await _bot.PostAsync(Help(), _keys.Token(_connector.ServiceUrl))).StatusCode);
        var before = _keys.MetadataRequests;
        var unknown = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "unknown-key" };
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.PostAsync(Help(), _keys.Token(_connector.ServiceUrl, key: unknown))).StatusCode);
        // An unknown key id makes the bot fetch the keys again (Microsoft.IdentityModel may do it in the background).
        for (var waited = 0; _keys.MetadataRequests == before && waited < 50; waited++) await Task.Delay(100);
        Assert.Equal(before + 1, _keys.MetadataRequests);
    }

    [Fact]
    public async Task An_unsigned_alg_none_token_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.PostAsync(Help(), FakeBotFrameworkKeys.UnsignedToken(_connector.ServiceUrl))).StatusCode);

    [Fact]
    public async Task A_symmetric_hs256_token_is_refused()
    {
        var shared = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = _keys.TeamsKey.KeyId };
        var token = _keys.Token(_connector.ServiceUrl, key: shared, algorithm: SecurityAlgorithms.HmacSha256);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.PostAsync(Help(), token)).StatusCode);
    }

    [Fact]
    public async Task A_key_not_endorsed_for_the_activitys_channel_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.PostAsync(Help(), _keys.Token(_connector.ServiceUrl, key: _keys.WebChatKey))).StatusCode);

    [Fact]
    public async Task An_activity_without_a_channel_id_is_refused()
    {
        var activity = Help();
        activity.Remove("channelId");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.PostAsync(activity, _keys.Token(_connector.ServiceUrl))).StatusCode);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("http://127.0.0.1:1/")]
    public async Task A_serviceurl_claim_that_differs_from_the_activity_is_refused(string claimedServiceUrl)
    {
        var response = await _bot.PostAsync(Help(), _keys.Token(claimedServiceUrl));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task A_serviceurl_without_its_trailing_slash_is_a_different_serviceurl()
    {
        var response = await _bot.PostAsync(Help(), _keys.Token(_connector.ServiceUrl.TrimEnd('/')));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_activity_from_a_tenant_not_allowed_is_forbidden()
    {
        var activity = Help();
        activity["conversation"]!["tenantId"] = "intruder-tenant";
        activity["channelData"]!["tenant"]!["id"] = "intruder-tenant";
        var response = await _bot.PostAsync(activity, _keys.Token(_connector.ServiceUrl));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task An_activity_with_no_tenant_is_forbidden_when_tenants_are_restricted()
    {
        var activity = Help();
        ((JsonObject)activity["conversation"]!).Remove("tenantId");
        activity.Remove("channelData");
        Assert.Equal(HttpStatusCode.Forbidden, (await _bot.PostAsync(activity, _keys.Token(_connector.ServiceUrl))).StatusCode);
    }
}
