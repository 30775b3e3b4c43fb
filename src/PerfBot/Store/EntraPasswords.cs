using Azure.Core;
using Azure.Identity;
using Npgsql;

namespace PerfBot.Store;

/// <summary>
/// Signs in to Azure Database for PostgreSQL with the app's managed identity, as Microsoft documents it: a token for the
/// server's Entra scope is the password. The data source asks for it again every few minutes in the background, so a
/// new connection never waits for Entra ID and always has a token Azure.Identity renewed before it expired.
/// </summary>
public static class EntraPasswords
{
    public static readonly string[] Scopes = ["https://ossrdbms-aad.database.windows.net/.default"];

    /// <summary>After a failed request, how soon to try again; new connections meanwhile use the last good token.</summary>
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The user-assigned identity named by AZURE_CLIENT_ID (as App Service and the Azure SDKs name it), else the
    /// app's system-assigned one.
    /// </summary>
    public static TokenCredential ManagedIdentity() =>
        Environment.GetEnvironmentVariable("AZURE_CLIENT_ID") is { Length: > 0 } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);

    public static NpgsqlDataSourceBuilder UseEntraPasswords(this NpgsqlDataSourceBuilder builder, TokenCredential credential, TimeSpan refresh)
    {
        var request = new TokenRequestContext(Scopes);
        return builder.UsePeriodicPasswordProvider(
            async (_, cancellationToken) => (await credential.GetTokenAsync(request, cancellationToken)).Token,
            refresh, RetryAfterFailure);
    }
}
