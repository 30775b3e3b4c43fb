using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace PerfBot.Graph;

/// <summary>
/// Microsoft Graph SDK clients with the SDK's own pipeline (retry honouring Retry-After, redirects, compression) and a
/// timeout, authenticated app-only: a client secret from <see cref="GraphOptions"/>, or a <see cref="TokenCredential"/>
/// registered in the services (tests register one that a loopback Graph accepts).
/// </summary>
public sealed class GraphClients(IOptions<GraphOptions> options, IServiceProvider services)
{
    public static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    public GraphOptions Options => options.Value;

    public bool IsConfigured => options.Value.HasCredentials || services.GetService<TokenCredential>() is not null;

    /// <summary>A client for one run, so a rotated secret in configuration is picked up without a restart.</summary>
    public GraphServiceClient Create()
    {
        var o = options.Value;
        var credential = services.GetService<TokenCredential>() ?? (o.HasCredentials
            ? new ClientSecretCredential(o.TenantId, o.ClientId, o.ClientSecret, o.AuthorityHost is { } host ? new ClientSecretCredentialOptions { AuthorityHost = host } : null)
            : throw new InvalidOperationException("Microsoft Graph is not configured: set Graph:TenantId, Graph:ClientId and Graph:ClientSecret (or Calendar:Graph's)."));
        // A drive item's content answers with a redirect to its download address, so this client follows redirects;
        // its token is still given only to the configured Graph host.
        return Build(credential, o.BaseUrl, o.Timeout, followRedirects: true);
    }

    /// <summary>
    /// A Graph SDK client on the SDK's pipeline whose token goes only to <paramref name="baseUrl"/>'s host, never to a
    /// host a nextLink or redirect might name; without <paramref name="followRedirects"/> a 3xx is a failure.
    /// </summary>
    public static GraphServiceClient Build(TokenCredential credential, Uri baseUrl, TimeSpan timeout, bool followRedirects)
    {
        var authentication = new AzureIdentityAuthenticationProvider(credential, [baseUrl.Host], null, false, Scopes);
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var http = followRedirects
            ? GraphClientFactory.Create(handlers, version: "v1.0")
            : GraphClientFactory.Create(handlers.Where(h => h is not RedirectHandler).ToList(), version: "v1.0", finalHandler: new SocketsHttpHandler { AllowAutoRedirect = false });
        http.Timeout = timeout;
        return new GraphServiceClient(http, authentication, baseUrl.ToString().TrimEnd('/'));
    }

    /// <summary>The retry option every request adds, with the configured number of retries.</summary>
    public RetryHandlerOption Retry => new() { MaxRetry = options.Value.MaxRetries };
}
