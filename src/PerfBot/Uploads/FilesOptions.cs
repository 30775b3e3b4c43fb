using System.ComponentModel.DataAnnotations;

namespace PerfBot.Uploads;

/// <summary>The "Files" configuration section: where PerfBot fetches files from, and how much it will take.</summary>
public sealed class FilesOptions
{
    public const string Section = "Files";

    /// <summary>
    /// Hosts a file may be downloaded from: the tenant's SharePoint and OneDrive (OneDrive for Business is
    /// &lt;tenant&gt;-my.sharepoint.com). "*.example.com" allows the subdomains of example.com. Https only while
    /// authentication is on; without it (local development) loopback is allowed too, as for serviceUrl.
    /// </summary>
    public string[] AllowedHosts { get; set; } = ["*.sharepoint.com"];

    /// <summary>Largest file taken, and the most an XLSX may expand to when unzipped.</summary>
    [Range(1024, 512L * 1024 * 1024)]
    public long MaxBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>Longest a download may take, from the first byte asked for to the last.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Redirects followed, each only to the same host.</summary>
    [Range(0, 10)]
    public int MaxRedirects { get; set; } = 3;

    /// <summary>How long a preview's Import button works.</summary>
    public TimeSpan PreviewLifetime { get; set; } = TimeSpan.FromMinutes(30);
}
