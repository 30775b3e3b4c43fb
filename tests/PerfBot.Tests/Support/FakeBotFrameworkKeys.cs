using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PerfBot.Tests.Support;

/// <summary>
/// The Bot Framework's OpenID metadata and signing keys, served on loopback, with the tokens those keys sign.
/// Key "teams-key" is endorsed for msteams; "webchat-key" only for webchat.
/// </summary>
public sealed class FakeBotFrameworkKeys : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string AppId = "11111111-2222-3333-4444-555555555555";

    public RsaSecurityKey TeamsKey { get; } = new(RSA.Create(2048)) { KeyId = "teams-key" };
    public RsaSecurityKey WebChatKey { get; } = new(RSA.Create(2048)) { KeyId = "webchat-key" };

    private LoopbackServer _server = null!;
    public int MetadataRequests;

    /// <summary>How the metadata endpoint answers: as Microsoft's does, with a 500, or not until <see cref="LetGo"/> (then a 500).</summary>
    public enum Behaviour { Healthy, Failing, Hanging }

    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Ends every held metadata request (with a 500).</summary>
    public void LetGo() => _held.TrySetResult();

    public volatile Behaviour Metadata = Behaviour.Healthy;

    /// <summary>When set, the metadata endpoint answers with this instead (a redirect, say).</summary>
    public Func<HttpContext, IResult>? MetadataAnswer { get; set; }

    public static async Task<FakeBotFrameworkKeys> StartAsync()
    {
        var keys = new FakeBotFrameworkKeys();
        keys._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", async (HttpContext http) =>
            {
                Interlocked.Increment(ref keys.MetadataRequests);
                if (keys.MetadataAnswer is { } answer) return answer(http);
                if (keys.Metadata == Behaviour.Failing) return Results.StatusCode(StatusCodes.Status500InternalServerError);
                if (keys.Metadata == Behaviour.Hanging)
                {
                    // Held until the test lets go (then it fails) or the client gives up.
                    try { await keys._held.Task.WaitAsync(http.RequestAborted); } catch (OperationCanceledException) { }
                    return Results.StatusCode(StatusCodes.Status500InternalServerError);
                }
                return Results.Json(new Dictionary<string, object>
                {
                    ["issuer"] = Issuer,
                    ["authorization_endpoint"] = "https://invalid.example/authorize",
                    ["jwks_uri"] = keys._server.BaseUrl + "v1/.well-known/keys",
                    ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                    ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
                });
            });
            app.MapGet("/v1/.well-known/keys", () => Results.Json(new
            {
                keys = new[] { Jwk(keys.TeamsKey, "msteams", "emulator"), Jwk(keys.WebChatKey, "webchat") },
            }));
        });
        return keys;
    }

    public string MetadataUrl => _server.BaseUrl + "v1/.well-known/openidconfiguration";

    public string Token(
        string serviceUrl,
        string audience = AppId,
        string issuer = Issuer,
        SecurityKey? key = null,
        DateTime? notBefore = null,
        DateTime? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddMinutes(30),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(key ?? TeamsKey, algorithm),
        });
    }

    /// <summary>An unsigned token ("alg": "none") with otherwise perfect claims: what an attacker would try first.</summary>
    public static string UnsignedToken(string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        static string Encode(object value) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value)));
        var header = Encode(new { alg = "none", typ = "JWT", kid = "teams-key" });
        var payload = Encode(new { iss = Issuer, aud = AppId, serviceurl = serviceUrl, nbf = now - 60, iat = now - 60, exp = now + 1800 });
        return $"{header}.{payload}.";
    }

    private static object Jwk(RsaSecurityKey key, params string[] endorsements)
    {
        var parameters = key.Rsa.ExportParameters(false);
        return new
        {
            kty = "RSA",
            use = "sig",
            kid = key.KeyId,
            n = Base64UrlEncoder.Encode(parameters.Modulus),
            e = Base64UrlEncoder.Encode(parameters.Exponent),
            endorsements,
        };
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
