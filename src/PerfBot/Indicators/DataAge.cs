namespace PerfBot.Indicators;

/// <summary>How old a figure is, one way everywhere: whole calendar months from its period's last month.</summary>
public static class DataAge
{
    /// <summary>Sep-25 is one month old in October 2025 and four months before a meeting in January 2026.</summary>
    public static int MonthsBetween(DateOnly periodEnd, DateOnly date) =>
        (date.Year * 12 + date.Month) - (periodEnd.Year * 12 + periodEnd.Month);

    /// <summary>"latest data Q2 2025/26 — over a year old, overdue: not current".</summary>
    public static string Describe(Period? latest, DateOnly today, bool stale)
    {
        if (latest is not { } period) return "no data held";
        var months = MonthsBetween(period.End, today);
        var age = months switch
        {
            < 1 => "less than a month old",
            1 => "1 month old",
            < 12 => $"{months} months old",
            < 24 => "over a year old",
            _ => $"over {months / 12} years old",
        };
        return $"latest data {period.Label} — {age}{(stale ? ", overdue: not current" : "")}";
    }
}
