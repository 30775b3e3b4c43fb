using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfBot.Indicators;

/// <summary>Reads the period labels councils write, in any of their usual spellings.</summary>
internal static partial class PeriodParser
{
    public const string Forms = "a month (Oct-20, October 2020, 2020-10), a quarter (Q2 2025/26, 2025/26 Q2), a financial year (2017/18, 2017-18), an academic year (AY 2017/18) or a calendar year (2018)";

    public static string Expected(string? text) => $"'{text}' is not a period label; expected {Forms}.";

    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        // Every form holds a year: words without a digit, most of what a question's reader tries, are no period.
        if (string.IsNullOrWhiteSpace(text) || text.AsSpan().IndexOfAnyInRange('0', '9') < 0) return false;
        var s = Normalise(text);

        Match m;
        if ((m = QuarterFirst().Match(s)).Success || (m = QuarterLast().Match(s)).Success)
            return TryYearSpan(m.Groups["y1"].Value, m.Groups["y2"].Value, out var start)
                   && Make(Period.Quarter(start, int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture)), out period);
        if ((m = AcademicYear().Match(s)).Success)
            return TryYearSpan(m.Groups["y1"].Value, m.Groups["y2"].Value, out var start) && Make(Period.AcademicYear(start), out period);
        // 2019-20 is a financial year; 2020-10 cannot be one, so it falls through to the ISO month. (2011-12 reads as the year.)
        if ((m = FinancialYear().Match(s)).Success
            && TryYearSpan(m.Groups["y1"].Value, m.Groups["y2"].Value, out var fyStart))
            return Make(Period.FinancialYear(fyStart), out period);
        if ((m = IsoMonth().Match(s)).Success)
            return TryMonth(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), out period);
        if ((m = NamedMonth().Match(s)).Success)
        {
            var written = m.Groups["name"].Value;
            var month = Array.FindIndex(MonthNames, name => written.StartsWith(name, StringComparison.Ordinal)) + 1;
            return month > 0 && IsMonthName(written, month)
                   && TryYear(m.Groups["y"].Value, out var year) && TryMonth(year, month, out period);
        }
        if (CalendarYear().IsMatch(s))
            return TryYear(s, out var year) && Make(Period.CalendarYear(year), out period);
        return false;
    }

    private static string Normalise(string text) =>
        Whitespace().Replace(text.Trim().ToLowerInvariant().Replace('–', '-').Replace('—', '-'), " ");

    private static bool IsMonthName(string written, int month)
    {
        var full = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month).ToLowerInvariant();
        return full.StartsWith(written, StringComparison.Ordinal) || written == "sept";
    }

    /// <summary>
    /// Every year PerfBot reads is within 1900–2199, so no period's dates can overflow (9999's end is past DateOnly's
    /// range) and no typo such as 0000 becomes a period. Two-digit years are 2000–2099: Feb-30 is February 2030.
    /// </summary>
    public const int FirstYear = 1900, LastYear = 2199;

    private static bool TryYear(string written, out int year)
    {
        year = int.Parse(written, CultureInfo.InvariantCulture);
        if (written.Length == 2) year += 2000;
        return year is >= FirstYear and <= LastYear;
    }

    /// <summary>2025/26, 2025-26, 2025/2026, 25/26: the second year must follow the first.</summary>
    private static bool TryYearSpan(string first, string second, out int start)
    {
        start = 0;
        if (!TryYear(first, out var y1)) return false;
        var y2 = int.Parse(second, CultureInfo.InvariantCulture);
        var follows = second.Length == 2 ? (y1 + 1) % 100 == y2 : y1 + 1 == y2;
        start = y1;
        return follows;
    }

    private static bool TryMonth(int year, int month, out Period period)
    {
        period = default;
        return month is >= 1 and <= 12 && year is >= FirstYear and <= LastYear && Make(Period.Month(year, month), out period);
    }

    private static bool Make(Period value, out Period period)
    {
        period = value;
        return true;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:q|quarter )\s?(?<q>[1-4])(?: of)?,? (?:fy ?)?(?<y1>\d{4}|\d{2}) ?[/-] ?(?<y2>\d{4}|\d{2})$")]
    private static partial Regex QuarterFirst();

    [GeneratedRegex(@"^(?:fy ?)?(?<y1>\d{4}|\d{2}) ?[/-] ?(?<y2>\d{4}|\d{2}),? (?:q|quarter )\s?(?<q>[1-4])$")]
    private static partial Regex QuarterLast();

    [GeneratedRegex(@"^(?:ay|academic year) (?<y1>\d{4}) ?[/-] ?(?<y2>\d{4}|\d{2})$")]
    private static partial Regex AcademicYear();

    [GeneratedRegex(@"^(?:fy |financial year )?(?<y1>\d{4}) ?[/-] ?(?<y2>\d{2}|\d{4})$")]
    private static partial Regex FinancialYear();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})$")]
    private static partial Regex IsoMonth();

    [GeneratedRegex(@"^(?<name>[a-z]{3,9})\.?[ -]'?(?<y>\d{4}|\d{2})$")]
    private static partial Regex NamedMonth();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex CalendarYear();
}
