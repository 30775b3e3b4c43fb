using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace PerfBot.Links;

/// <summary>
/// Signs and checks the links PerfBot answers without authentication (a brief's .docx, a trend chart): an HMAC-SHA256
/// over what the link is for, every value it names, and its expiry. Changing any of them, or the signature, makes the
/// link invalid; after the expiry it is refused.
/// </summary>
public sealed class LinkSigner(byte[] key, TimeProvider clock)
{
    public enum Check { Valid, Tampered, Expired }

    /// <summary>The expiry of a link made now that should last <paramref name="lifetime"/>, in Unix seconds.</summary>
    public long Expiry(TimeSpan lifetime) => (clock.GetUtcNow() + lifetime).ToUnixTimeSeconds();

    /// <param name="purpose">What kind of link ("brief", "chart"), so one kind's signature never opens another.</param>
    public string Sign(string purpose, long expires, params IReadOnlyList<string> values)
    {
        if (values.Any(v => v.Contains('\n')))
            throw new ArgumentException("A signed value cannot contain a line break.", nameof(values));
        return WebEncoders.Base64UrlEncode(Mac(purpose, expires, values));
    }

    /// <summary>The signature is checked first, so an edited expiry reads as tampering, not as expired.</summary>
    public Check Verify(string purpose, string? expires, string? signature, params IReadOnlyList<string?> values)
    {
        if (signature is null || values.Any(v => string.IsNullOrEmpty(v) || v.Contains('\n'))
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
            return Check.Tampered;
        byte[] given;
        try { given = WebEncoders.Base64UrlDecode(signature); }
        catch (FormatException) { return Check.Tampered; }
        if (!CryptographicOperations.FixedTimeEquals(given, Mac(purpose, unix, values!))) return Check.Tampered;
        return clock.GetUtcNow().ToUnixTimeSeconds() >= unix ? Check.Expired : Check.Valid;
    }

    // No value holds a line break, so the message cannot be split two ways. Brief links have always been signed as
    // "perfbot-brief-link\n{id}\n{recipient}\n{expiry}", which this keeps, so links already sent still open.
    private byte[] Mac(string purpose, long unix, IReadOnlyList<string> values) =>
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(
            $"perfbot-{purpose}-link\n{string.Join('\n', values)}\n{unix.ToString(CultureInfo.InvariantCulture)}"));
}
