using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace PerfBot.Teams;

/// <summary>
/// The bot's client-credentials token for the connector, from MSAL, which caches it until shortly before it expires.
/// No app id (local development against the Playground): no token.
/// </summary>
internal sealed class ConnectorTokenProvider
{
    public const string HttpClientName = "entra-token";
    private readonly IConfidentialClientApplication? _application;
    private readonly string[] _scopes;

    public ConnectorTokenProvider(IOptions<BotOptions> options, IHttpClientFactory httpClients)
    {
        var bot = options.Value;
        _scopes = [bot.TokenScope];
        if (!bot.AuthenticationEnabled) return;
        var builder = ConfidentialClientApplicationBuilder.Create(bot.AppId)
            .WithAuthority(bot.EffectiveTokenAuthority, validateAuthority: false)
            .WithHttpClientFactory(new MsalHttpClients(httpClients));
        if (!IsPublicEntraAuthority(bot.EffectiveTokenAuthority))
            builder = builder.WithInstanceDiscovery(false);
        if (!string.IsNullOrEmpty(bot.CertificatePath))
            builder = builder.WithCertificate(X509CertificateLoader.LoadPkcs12FromFile(bot.CertificatePath, bot.CertificatePassword), sendX5C: true);
        else if (!string.IsNullOrEmpty(bot.AppPassword))
            builder = builder.WithClientSecret(bot.AppPassword);
        else
            throw new InvalidOperationException("Bot:AppId is set but neither Bot:AppPassword nor Bot:CertificatePath is.");
        _application = builder.Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_application is null) return null;
        var result = await _application.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    private static bool IsPublicEntraAuthority(string authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri) && uri.Host.Equals("login.microsoftonline.com", StringComparison.OrdinalIgnoreCase);

    private sealed class MsalHttpClients(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }
}
