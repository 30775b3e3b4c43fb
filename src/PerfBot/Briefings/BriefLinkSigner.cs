using System.Globalization;
using PerfBot.Links;

namespace PerfBot.Briefings;

/// <summary>
/// Signs and checks download links for a brief's .docx with the one <see cref="LinkSigner"/>: over (brief id,
/// recipient's Entra object id, expiry). Changing any of the three, or the signature, makes the link invalid; after the
/// expiry it is refused.
/// </summary>
public sealed class BriefLinkSigner(LinkSigner signer)
{
    public const string PathPrefix = "/briefings/";
    private const string Purpose = "brief";

    public enum Check { Valid, Tampered, Expired }

    public BriefLinkSigner(byte[] key, TimeProvider clock) : this(new LinkSigner(key, clock)) { }

    public Uri Create(Uri baseUrl, string briefId, string recipient, DateTimeOffset expires)
    {
        var unix = expires.ToUnixTimeSeconds();
        var query = $"for={Uri.EscapeDataString(recipient)}&expires={unix.ToString(CultureInfo.InvariantCulture)}&sig={signer.Sign(Purpose, unix, briefId, recipient)}";
        return new Uri(baseUrl, $"{PathPrefix}{Uri.EscapeDataString(briefId)}.docx?{query}");
    }

    /// <summary>The signature is checked first, so an edited expiry reads as tampering, not as expired.</summary>
    public Check Verify(string briefId, string? recipient, string? expires, string? signature) =>
        signer.Verify(Purpose, expires, signature, briefId, recipient) switch
        {
            LinkSigner.Check.Valid => Check.Valid,
            LinkSigner.Check.Expired => Check.Expired,
            _ => Check.Tampered,
        };
}
