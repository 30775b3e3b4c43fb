using System.Globalization;

namespace PerfBot.Council;

/// <summary>How PerfBot writes numbers and dates: British English, as the council's reports do.</summary>
public static class CouncilCulture
{
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>21 January 2026.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    /// <summary>Wednesday 21 January 2026.</summary>
    public static string DayAndDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);

    /// <summary>3 Dec 2026.</summary>
    public static string ShortDate(DateOnly date) => date.ToString("d MMM yyyy", English);

    /// <summary>Mon 1 Dec 2025 08:00 +00:00, for times in the council's zone.</summary>
    public static string DateAndTime(DateTimeOffset local) => local.ToString("ddd d MMM yyyy HH:mm zzz", English);
}
