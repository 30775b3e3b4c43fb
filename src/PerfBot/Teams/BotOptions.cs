using System.ComponentModel.DataAnnotations;

namespace PerfBot.Teams;

/// <summary>The "Bot" configuration section (environment variables Bot__AppId and so on).</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>The Entra app id of the Azure Bot. Empty turns inbound authentication off (loopback only).</summary>
    public string? AppId { get; set; }
    public string? AppPassword { get; set; }

    /// <summary>A PFX file with the app's certificate, used instead of a password.</summary>
    public string? CertificatePath { get; set; }
    public string? CertificatePassword { get; set; }

    /// <summary>The bot's own tenant: single-tenant bots get their outbound token there.</summary>
    public string? TenantId { get; set; }

    /// <summary>
    /// Tenants whose activities are accepted, comma-separated or as an array. Empty means the bot's own tenant
    /// (<see cref="TenantId"/>) while authentication is on, and any tenant only without it (loopback development).
    /// </summary>
    public string[] AllowedTenants { get; set; } = [];

    [Required, Url]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string[] ValidIssuers { get; set; } = ["https://api.botframework.com"];

    /// <summary>Where the outbound token comes from; default https://login.microsoftonline.com/{TenantId or botframework.com}.</summary>
    public string? TokenAuthority { get; set; }

    public string TokenScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Longest a request waits for an answer before the turn carries on in the background (Teams gives up at ~15 s).</summary>
    public TimeSpan TurnBudget { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>An answer slower than this gets a typing indicator first.</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromSeconds(1);

    public ConnectorRetryOptions Retry { get; set; } = new();

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(AppId);

    public IReadOnlySet<string> AllowedTenantSet => AllowedTenants
        .SelectMany(t => t.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The tenants served, or null for any (authentication off and none listed).</summary>
    public IReadOnlySet<string>? AcceptedTenants =>
        AllowedTenantSet is { Count: > 0 } listed ? listed
        : !AuthenticationEnabled ? null
        // Never "any" with authentication on: with no tenant of its own configured (refused at start), none.
        : new HashSet<string>(string.IsNullOrWhiteSpace(TenantId) ? [] : [TenantId.Trim()], StringComparer.OrdinalIgnoreCase);

    public string EffectiveTokenAuthority =>
        TokenAuthority ?? $"https://login.microsoftonline.com/{(string.IsNullOrWhiteSpace(TenantId) ? "botframework.com" : TenantId)}";
}

public sealed class ConnectorRetryOptions
{
    /// <summary>Attempts after the first, for 429 and transient 5xx answers.</summary>
    [Range(0, 20)]
    public int MaxRetries { get; set; } = 5;
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After longer than this is not waited out: the send fails and is logged.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);
}
