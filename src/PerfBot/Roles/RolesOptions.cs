namespace PerfBot.Roles;

/// <summary>
/// The "Roles" configuration section, for the whole bot. Each list holds Entra object ids or emails/UPNs (an email is
/// matched through the chat's member lookup); a list may be one comma-separated value (Roles__DataOfficers="a@x, b@x").
/// </summary>
public sealed class RolesOptions
{
    public const string Section = "Roles";

    /// <summary>May import and correct any figure, write any indicator's commentary, and sync workbooks.</summary>
    public string[] DataOfficers { get; set; } = [];

    /// <summary>An Entra group whose members (transitively) are data officers too, resolved with Microsoft Graph.</summary>
    public string? DataOfficersGroup { get; set; }

    /// <summary>May administer PerfBot itself (for example link channels to committees).</summary>
    public string[] Administrators { get; set; } = [];

    /// <summary>How long the group's members are remembered before Graph is asked again.</summary>
    public TimeSpan GroupCacheLifetime { get; set; } = TimeSpan.FromMinutes(10);
}
