using Azure.Core;

namespace PerfBot.Tests.Support;

/// <summary>The token a loopback Graph accepts: what Entra would issue the app, without Entra.</summary>
public sealed class LoopbackCredential : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new("loopback-token", DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
