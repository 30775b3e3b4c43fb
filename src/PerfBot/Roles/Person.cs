namespace PerfBot.Roles;

/// <summary>Someone speaking to PerfBot, with what is known of them: Entra object id (from the message), email and UPN (from the roster).</summary>
public sealed record Person(string? AadObjectId, string? Name, string? Email, string? UserPrincipalName)
{
    /// <summary>An entry of a roles list or an owner cell — an Entra object id, an email or a UPN — that names this person.</summary>
    public bool IsNamedBy(string? entry)
    {
        if (string.IsNullOrWhiteSpace(entry)) return false;
        var e = entry.Trim();
        return (AadObjectId is not null && e.Equals(AadObjectId, StringComparison.OrdinalIgnoreCase))
            || (Email is not null && e.Equals(Email, StringComparison.OrdinalIgnoreCase))
            || (UserPrincipalName is not null && e.Equals(UserPrincipalName, StringComparison.OrdinalIgnoreCase));
    }

    public string Display => Name ?? Email ?? AadObjectId ?? "someone";
}
