namespace PerfBot.Briefings;

/// <summary>The "Briefings" configuration section.</summary>
public sealed class BriefingOptions
{
    public const string Section = "Briefings";

    /// <summary>Base64, at least 32 bytes, signing download links. When absent one is generated and kept in the store.</summary>
    public string? LinkKey { get; set; }

    /// <summary>How long a download link works after it is sent.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Quartz cron for the daily check for briefs due (Europe/London).</summary>
    public string Schedule { get; set; } = "0 0 7 ? * MON-FRI";
}
