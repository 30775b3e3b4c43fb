namespace PerfBot.Graph;

/// <summary>
/// The "Graph" configuration section: PerfBot's app-only (client credentials) access to Microsoft Graph for the data
/// officers' group and the workbooks it syncs. Where it gives no credentials, those of Calendar:Graph are used, so a
/// council that set up the calendar sync configures one app registration once.
/// </summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>Graph's address; tests point it at a loopback server.</summary>
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>Entra's sign-in address (national clouds differ); null for the public cloud.</summary>
    public Uri? AuthorityHost { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries of 429, 503 and 504 by the SDK's retry handler, which honours Retry-After.</summary>
    public int MaxRetries { get; set; } = 3;

    public bool HasCredentials => !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);
}
