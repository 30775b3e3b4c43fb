using System.Globalization;
using PerfBot.Links;

namespace PerfBot.Charts;

/// <summary>
/// Links to an indicator's trend chart for exactly the periods an answer showed, signed with the one
/// <see cref="LinkSigner"/> and expiring after <see cref="Lifetime"/> (Charts:LinkLifetime, default 30 days): /charts
/// answers without authentication, so only a link the bot made, unaltered and in date, draws anything.
/// </summary>
public sealed class ChartLinks(LinkSigner signer, IConfiguration configuration)
{
    public const string LifetimeKey = "Charts:LinkLifetime";
    private const string Purpose = "chart";

    public TimeSpan Lifetime { get; } = configuration.GetValue(LifetimeKey, TimeSpan.FromDays(30));

    /// <summary>The chart of the answer's periods (its first and last are in the link), so the image matches the card.</summary>
    public string Url(string baseUrl, ChartData chart, string code)
    {
        var (from, to, n) = (chart.Points[0].Label, chart.Points[^1].Label, chart.Points.Count.ToString(CultureInfo.InvariantCulture));
        var expires = signer.Expiry(Lifetime);
        var signature = signer.Sign(Purpose, expires, code, from, to, n);
        return $"{baseUrl.TrimEnd('/')}/charts/{Uri.EscapeDataString(code)}.png?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}&n={n}" +
               $"&expires={expires.ToString(CultureInfo.InvariantCulture)}&sig={signature}";
    }

    public LinkSigner.Check Verify(string code, string? from, string? to, string? n, string? expires, string? signature) =>
        signer.Verify(Purpose, expires, signature, code, from, to, n);
}
