using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace PerfBot.Briefings;

/// <summary>
/// Signs and checks download links for a brief's .docx: an HMAC-SHA256 over (brief id, recipient's Entra object id,
/// expiry). Changing any of the three, or the signature, makes the link invalid; after the expiry it is refused.
/// </summary>
public sealed class BriefLinkSigner(byte[] key, TimeProvider clock)
{
    public const string PathPrefix = "/briefings/";

    public enum Check { Valid, Tampered, Expired }

    public Uri Create(Uri baseUrl, string briefId, string recipient, DateTimeOffset expires)
    {
        var unix = expires.ToUnixTimeSeconds();
        var query = $"for={Uri.EscapeDataString(recipient)}&expires={unix.ToString(CultureInfo.InvariantCulture)}&sig={Sign(briefId, recipient, unix)}";
        return new Uri(baseUrl, $"{PathPrefix}{Uri.EscapeDataString(briefId)}.docx?{query}");
    }

    /// <summary>The signature is checked first, so an edited expiry reads as tampering, not as expired.</summary>
    public Check Verify(string briefId, string? recipient, string? expires, string? signature)
    {
        if (string.IsNullOrEmpty(recipient) || signature is null
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
            return Check.Tampered;
        byte[] given;
        try { given = WebEncoders.Base64UrlDecode(signature); }
        catch (FormatException) { return Check.Tampered; }
        var expected = Mac(briefId, recipient, unix);
        if (!CryptographicOperations.FixedTimeEquals(given, expected)) return Check.Tampered;
        return clock.GetUtcNow().ToUnixTimeSeconds() >= unix ? Check.Expired : Check.Valid;
    }

    private string Sign(string briefId, string recipient, long unix) => WebEncoders.Base64UrlEncode(Mac(briefId, recipient, unix));

    // Newlines cannot occur in the three fields, so the message cannot be split two ways.
    private byte[] Mac(string briefId, string recipient, long unix) =>
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"perfbot-brief-link\n{briefId}\n{recipient}\n{unix.ToString(CultureInfo.InvariantCulture)}"));
}
