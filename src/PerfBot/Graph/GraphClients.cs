using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;
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
        // Tokens go only to the configured Graph host, never to a host a nextLink or redirect might name.
        var authentication = new AzureIdentityAuthenticationProvider(credential, [o.BaseUrl.Host], null, false, Scopes);
        var http = GraphClientFactory.Create(GraphClientFactory.CreateDefaultHandlers(), version: "v1.0");
        http.Timeout = o.Timeout;
        return new GraphServiceClient(http, authentication, o.BaseUrl.ToString().TrimEnd('/'));
    }

    /// <summary>The retry option every request adds, with the configured number of retries.</summary>
    public RetryHandlerOption Retry => new() { MaxRetry = options.Value.MaxRetries };
}
