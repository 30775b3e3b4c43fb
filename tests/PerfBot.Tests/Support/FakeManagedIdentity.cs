using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PerfBot.Tests.Support;

/// <summary>
/// App Service's managed identity endpoint on loopback, as Azure.Identity finds it (IDENTITY_ENDPOINT and
/// IDENTITY_HEADER) and speaks to it (api-version 2019-08-01): GET with resource and client_id in the query and the
/// secret in X-IDENTITY-HEADER; the answer is access_token, expires_on (Unix seconds, as a string), resource and
/// token_type. It hands out whichever token the test says is current, expiring within MSAL's five-minute margin so
/// that every request Azure.Identity makes reaches it.
/// </summary>
public sealed class FakeManagedIdentity : IAsyncDisposable
{
    public sealed record TokenRequest(string? ApiVersion, string? Resource, string? ClientId, bool SecretMatched, string Issued);

    private LoopbackServer _server = null!;
    private readonly ConcurrentQueue<TokenRequest> _requests = new();
    private volatile string _token = NewToken();

    public string Secret { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
    public string CurrentToken => _token;
    public IReadOnlyList<TokenRequest> Requests => _requests.ToList();

    public string Endpoint => _server.BaseUrl + "msi/token";

    /// <summary>The environment a process needs to find this endpoint as App Service's.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["IDENTITY_ENDPOINT"] = Endpoint,
        ["IDENTITY_HEADER"] = Secret,
    };

    public static async Task<FakeManagedIdentity> StartAsync()
    {
        var fake = new FakeManagedIdentity();
        fake._server = await LoopbackServer.StartAsync(app => app.MapGet("/msi/token", (HttpContext http) =>
        {
            var query = http.Request.Query;
            var matched = http.Request.Headers["X-IDENTITY-HEADER"] == fake.Secret;
            var token = fake._token;
            fake._requests.Enqueue(new TokenRequest(query["api-version"], query["resource"], query["client_id"], matched, token));
            if (!matched) return Results.Json(new { error = "invalid_request", error_description = "the identity header is wrong" }, statusCode: 400);
            return Results.Json(new
            {
                access_token = token,
                expires_on = DateTimeOffset.UtcNow.AddMinutes(2).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
                resource = query["resource"].ToString(),
                token_type = "Bearer",
                client_id = query["client_id"].ToString(),
            });
        }));
        return fake;
    }

    /// <summary>From now on hands out a new token; returns it.</summary>
    public string Rotate() => _token = NewToken();

    /// <summary>Shaped like an Entra access token (three base64url parts), long as one, and never the same twice.</summary>
    private static string NewToken()
    {
        static string Part(int bytes) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return $"{Part(60)}.{Part(600)}.{Part(256)}";
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();
}
