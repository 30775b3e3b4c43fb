using System.Globalization;
using PerfBot.Indicators;

namespace PerfBot.Store.Import;

/// <summary>
/// Explore Education Statistics' time columns as PerfBot periods: time_period is 2024 for a calendar (or reporting) year
/// and 202425 for an academic or financial year, and time_identifier says which — "Calendar year", "Academic year",
/// "Financial year", a quarter of one ("Financial year Q2") or a month ("January").
/// </summary>
public static class EesTime
{
    public const string Expected = "Calendar year, Reporting year, Academic year, Financial year, a quarter such as Financial year Q2, or a month such as January";

    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    public static bool TryPeriod(string? timePeriod, string? timeIdentifier, out Period period)
    {
        period = default;
        var identifier = timeIdentifier?.Trim() ?? "";
        var text = timePeriod?.Trim() ?? "";
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return false;
        // 202425: the year it starts and the next, which must follow it.
        bool Span(out int start)
        {
            start = number / 100;
            return text.Length == 6 && (start + 1) % 100 == number % 100;
        }
        var month = Array.FindIndex(Months, m => m.Equals(identifier, StringComparison.OrdinalIgnoreCase));
        if (month >= 0 && text.Length == 4) { period = Period.Month(number, month + 1); return true; }
        switch (identifier.ToLowerInvariant())
        {
            case "calendar year" or "reporting year" when text.Length == 4:
                period = Period.CalendarYear(number);
                return true;
            case "academic year" when Span(out var academic):
                period = Period.AcademicYear(academic);
                return true;
            case "financial year" when Span(out var financial):
                period = Period.FinancialYear(financial);
                return true;
        }
        if (identifier.StartsWith("Financial year Q", StringComparison.OrdinalIgnoreCase) && identifier.Length == 17
            && identifier[^1] is >= '1' and <= '4' && Span(out var year))
        {
            period = Period.Quarter(year, identifier[^1] - '0');
            return true;
        }
        return false;
    }

    /// <summary>The suppression and not-applicable markers EES writes instead of a number.</summary>
    public static bool IsSuppressed(string? cell) => cell?.Trim().ToLowerInvariant() is "z" or "x" or "c" or "low" or "u" or ":" or "..";
}
