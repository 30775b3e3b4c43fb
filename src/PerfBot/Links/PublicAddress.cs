namespace PerfBot.Links;

/// <summary>
/// The bot's own address as Teams clients reach it (PublicBaseUrl, e.g. https://perfbot.council.gov.uk): every link a
/// card carries starts with it — trend charts, brief downloads. Without it, charts are drawn into the card and briefs go
/// without a download link.
/// </summary>
public sealed class PublicAddress
{
    public const string Key = "PublicBaseUrl";

    public Uri? BaseUrl { get; set; }

    public static bool IsValid(Uri? url) => url is null || url is { IsAbsoluteUri: true, Scheme: "https" or "http" };
}
