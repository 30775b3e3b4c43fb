namespace PerfBot.Calendar;

/// <summary>
/// The "Calendar:Graph" configuration section: app-only (client credentials) access to Microsoft Graph.
/// Which committee reads which group, with which subject pattern, is data in briefing_settings.
/// </summary>
public sealed class GraphCalendarOptions
{
    public const string Section = "Calendar:Graph";

    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>Graph's address; tests point it at a loopback server.</summary>
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>Entra's sign-in address (national clouds differ); null for the public cloud.</summary>
    public Uri? AuthorityHost { get; set; }

    /// <summary>
    /// "groups" reads GET /groups/{id}/calendarView (Group.Read.All). Graph's documentation lists group calendars as
    /// delegated-only, so an app-only token may get 403 there; "users" reads the group's mailbox calendar through
    /// GET /users/{id or address}/calendarView with the application permission Calendars.Read.
    /// </summary>
    public string Route { get; set; } = "groups";

    public int DaysAhead { get; set; } = 60;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of 429, 503 and 504 by the SDK's retry handler, which honours Retry-After.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Quartz cron for the daily sync (Europe/London).</summary>
    public string Schedule { get; set; } = "0 30 5 * * ?";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);
}
