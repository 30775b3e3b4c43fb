using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace PerfBot.Teams;

/// <summary>The outcome of checking a request's bearer token, before the activity is looked at.</summary>
internal abstract record TokenCheck
{
    /// <summary>No app id configured and no Authorization header: local development only.</summary>
    public sealed record Anonymous : TokenCheck;

    public sealed record Valid(ClaimsIdentity Identity, IReadOnlySet<string> Endorsements) : TokenCheck
    {
        public string? ServiceUrl => Identity.FindFirst("serviceurl")?.Value;
    }

    public sealed record Refused(string Reason) : TokenCheck;
}

/// <summary>
/// Validates the Bot Connector's JWT: its shape first (<see cref="BearerToken"/>), then against the OpenID metadata's
/// keys (<see cref="OpenIdMetadata"/>): issuer, audience = app id, RS256/384/512 signatures only, lifetime with 5
/// minutes' skew. Returns the signing key's endorsements for the channel check.
/// </summary>
internal sealed class BotTokenValidator
{
    public const string MetadataHttpClient = "bot-openid-metadata";

    private readonly BotOptions _options;
    private readonly OpenIdMetadata _metadata;
    private readonly JsonWebTokenHandler _handler = new() { MaximumTokenSizeInBytes = 16 * 1024 };

    public BotTokenValidator(IOptions<BotOptions> options, IHttpClientFactory httpClients, TimeProvider clock, ILogger<BotTokenValidator> log)
    {
        _options = options.Value;
        // Without this, Microsoft.IdentityModel 8 refreshes metadata in the background and the request that brought a
        // rolled-over key id is still validated against the old keys (and refused).
        AppContext.SetSwitch("Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking", true);
        var url = _options.OpenIdMetadataUrl;
        _metadata = new OpenIdMetadata(() => new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(httpClients.CreateClient(MetadataHttpClient))
            {
                // Plain http is allowed only for a metadata endpoint on this machine, which is what tests use.
                RequireHttps = !IsLoopback(url),
            })
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(24),
            RefreshInterval = TimeSpan.FromMinutes(1),
        }, clock, log);
    }

    public async Task<TokenCheck> ValidateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
            return _options.AuthenticationEnabled ? new TokenCheck.Refused("no Authorization header") : new TokenCheck.Anonymous();
        if (!AuthenticationHeaderValue.TryParse(authorizationHeader, out var header)
            || !string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(header.Parameter))
            return new TokenCheck.Refused("the Authorization header is not a bearer token");
        if (!_options.AuthenticationEnabled)
            return new TokenCheck.Refused("a token was sent but no app id is configured to validate it against");

        // The shape first: a token that cannot be one is refused without waiting on the metadata host.
        if (BearerToken.Read(header.Parameter, _handler.MaximumTokenSizeInBytes, out var unreadable) is not { } token)
            return new TokenCheck.Refused(unreadable);
        if (await _metadata.GetAsync(cancellationToken) is not { } configuration)
            return new TokenCheck.Refused("signing keys unavailable");
        if (token.Kid is { Length: > 0 } keyId && configuration.SigningKeys.All(k => k.KeyId != keyId)
            && await _metadata.RefreshAsync(cancellationToken) is { } refreshed)
            configuration = refreshed;

        var result = await _handler.ValidateTokenAsync(token, Parameters(configuration));
        if (!result.IsValid)
            return new TokenCheck.Refused($"token invalid: {result.Exception?.GetType().Name}");

        return new TokenCheck.Valid(result.ClaimsIdentity, EndorsementsOf(configuration, result.SecurityToken.SigningKey));
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration) => new()
    {
        ValidIssuers = _options.ValidIssuers,
        ValidAudience = _options.AppId,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = TimeSpan.FromMinutes(5),
        ValidAlgorithms = BearerToken.AllowedAlgorithms,
        IssuerSigningKeys = configuration.SigningKeys,
    };

    /// <summary>The channels the Bot Framework endorsed the signing key for (the "endorsements" member of its JWK).</summary>
    private static IReadOnlySet<string> EndorsementsOf(OpenIdConnectConfiguration configuration, SecurityKey? signingKey)
    {
        var endorsements = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => signingKey is not null && k.Kid == signingKey.KeyId);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value)) return endorsements;
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                endorsements.UnionWith(array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
                break;
            case string single:
                endorsements.Add(single);
                break;
            case System.Collections.IEnumerable many:
                endorsements.UnionWith(many.Cast<object?>().Select(o => o?.ToString()).OfType<string>());
                break;
        }
        return endorsements;
    }

    internal static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
