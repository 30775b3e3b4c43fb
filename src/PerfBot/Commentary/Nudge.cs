namespace PerfBot.Commentary;

/// <summary>
/// A message to an indicator's owner a few working days before a committee's brief is composed: the exceptions they
/// own in it that have no commentary for their latest period.
/// </summary>
public sealed record Nudge(string Committee, DateOnly Meeting, DateOnly BriefComposedOn, IReadOnlyList<NudgeItem> Items);

public sealed record NudgeItem(string Code, string Name, string Period, string ValueText, string Rag);

/// <summary>The "Nudges" configuration section.</summary>
public sealed class NudgeOptions
{
    public const string Section = "Nudges";

    /// <summary>Working days before a brief is composed that its exceptions' owners are asked for commentary.</summary>
    public int WorkingDaysBeforeBrief { get; set; } = 3;

    /// <summary>Quartz cron for the daily check, in UK time (weekdays at 08:00).</summary>
    public string Schedule { get; set; } = "0 0 8 ? * MON-FRI";
}
