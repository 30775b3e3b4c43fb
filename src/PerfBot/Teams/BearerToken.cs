using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PerfBot.Teams;

/// <summary>
/// Reads a bearer token's header and claims without trusting them, before any key is fetched: the Bot Connector sends a
/// compact signed JWT (three segments) with an RSA algorithm, so anything else is refused here at no cost.
/// </summary>
internal static class BearerToken
{
    public static readonly IReadOnlyList<string> AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    /// <summary>The parsed token, or null with the reason it cannot be one.</summary>
    public static JsonWebToken? Read(string token, int maximumBytes, out string reason)
    {
        reason = "";
        if (token.Length > maximumBytes)
        {
            reason = $"the bearer token is longer than {maximumBytes} bytes";
            return null;
        }
        if (token.Count(c => c == '.') != 2)
        {
            reason = "the bearer token is not a signed JWT (three dot-separated parts)";
            return null;
        }
        try
        {
            var jwt = new JsonWebToken(token);
            // Each of these reads a claim the validation will need; a header or payload of the wrong shape throws here.
            _ = (jwt.Kid, jwt.ValidTo, jwt.ValidFrom, jwt.Issuer, jwt.Audiences.ToList());
            if (!AllowedAlgorithms.Contains(jwt.Alg))
            {
                reason = $"the bearer token's algorithm '{Shorten(jwt.Alg)}' is not one the Bot Framework signs with";
                return null;
            }
            return jwt;
        }
        // Whatever the library throws on bytes an attacker chose, the answer is the same: not a token.
        catch (Exception e) when (e is ArgumentException or SecurityTokenException or FormatException or InvalidOperationException or System.Text.Json.JsonException or OverflowException)
        {
            reason = $"the bearer token cannot be read ({e.GetType().Name})";
            return null;
        }
    }

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 20 ? text : text[..20] + "…";
}
