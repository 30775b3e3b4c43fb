using System.Globalization;
using PerfBot.Council;

namespace PerfBot.Indicators;

/// <summary>
/// A reporting period as UK councils write them: a month (Oct-20), a financial-year quarter (Q2 2025/26 = Jul–Sep 2025),
/// a financial or academic year (2017/18), or a calendar year (2018).
/// </summary>
/// <param name="Year">The calendar year for months and calendar years; the starting year for quarters and financial or academic years.</param>
/// <param name="Number">The month (1–12) or quarter (1–4); 0 for years.</param>
public readonly record struct Period(PeriodKind Kind, int Year, int Number = 0) : IComparable<Period>
{
    private static readonly string[] MonthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static Period Month(int year, int month) => new(PeriodKind.Month, year, month);
    public static Period Quarter(int financialYearStart, int quarter) => new(PeriodKind.Quarter, financialYearStart, quarter);
    public static Period FinancialYear(int startYear) => new(PeriodKind.FinancialYear, startYear);
    public static Period AcademicYear(int startYear) => new(PeriodKind.AcademicYear, startYear);
    public static Period CalendarYear(int year) => new(PeriodKind.CalendarYear, year);

    public DateOnly Start => Kind switch
    {
        PeriodKind.Month => new DateOnly(Year, Number, 1),
        PeriodKind.Quarter => new DateOnly(Year, 4, 1).AddMonths(3 * (Number - 1)),
        PeriodKind.FinancialYear => new DateOnly(Year, 4, 1),
        PeriodKind.AcademicYear => new DateOnly(Year, 9, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    public DateOnly End => Start.AddMonths(LengthInMonths).AddDays(-1);

    public int LengthInMonths => Kind switch
    {
        PeriodKind.Month => 1,
        PeriodKind.Quarter => 3,
        _ => 12,
    };

    /// <summary>The label PerfBot writes: Oct-20 (Oct-1999 outside 2000–2099), Q2 2025/26, 2017/18, AY 2017/18, 2018.</summary>
    public string Label => Kind switch
    {
        // Not the culture's abbreviation: en-GB writes "Sept", the reports write "Sep". Two digits read back as 2000–2099,
        // so a month outside that century keeps its four.
        PeriodKind.Month => Year is >= 2000 and <= 2099 ? $"{MonthAbbreviations[Number - 1]}-{Year % 100:00}" : $"{MonthAbbreviations[Number - 1]}-{Year}",
        PeriodKind.Quarter => $"Q{Number} {YearSpan}",
        PeriodKind.FinancialYear => YearSpan,
        PeriodKind.AcademicYear => $"AY {YearSpan}",
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The months covered, in words: "July–September 2025", "October 2020", "April 2017–March 2018".</summary>
    public string Describe()
    {
        if (Kind == PeriodKind.Month) return Start.ToString("MMMM yyyy", CouncilCulture.English);
        var start = Start.ToString(Start.Year == End.Year ? "MMMM" : "MMMM yyyy", CouncilCulture.English);
        return $"{start}–{End.ToString("MMMM yyyy", CouncilCulture.English)}";
    }

    private string YearSpan => $"{Year}/{(Year + 1) % 100:00}";

    public Period Previous() => Shift(-1);
    public Period Next() => Shift(1);

    public Period SamePeriodLastYear() => this with { Year = Year - 1 };

    public Period Shift(int periods)
    {
        switch (Kind)
        {
            case PeriodKind.Month:
                var month = Start.AddMonths(periods);
                return Month(month.Year, month.Month);
            case PeriodKind.Quarter:
                var index = Year * 4 + (Number - 1) + periods;
                return Quarter(Math.DivRem(index, 4, out var remainder), remainder + 1);
            default:
                return this with { Year = Year + periods };
        }
    }

    public bool Contains(Period other) => other.Start >= Start && other.End <= End;
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>The period of this kind that contains the date.</summary>
    public static Period Containing(PeriodKind kind, DateOnly date) => kind switch
    {
        PeriodKind.Month => Month(date.Year, date.Month),
        PeriodKind.Quarter => Quarter(FinancialYearStarting(date), ((date.Month + 8) % 12) / 3 + 1),
        PeriodKind.FinancialYear => FinancialYear(FinancialYearStarting(date)),
        PeriodKind.AcademicYear => AcademicYear(date.Month >= 9 ? date.Year : date.Year - 1),
        _ => CalendarYear(date.Year),
    };

    /// <summary>The last period of this kind that had ended by the date.</summary>
    public static Period LatestEndedBy(PeriodKind kind, DateOnly date)
    {
        var containing = Containing(kind, date);
        return containing.End <= date ? containing : containing.Previous();
    }

    private static int FinancialYearStarting(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    /// <summary>Later-ending periods sort later; for the same end, the longer period sorts first.</summary>
    public int CompareTo(Period other)
    {
        var byEnd = End.CompareTo(other.End);
        return byEnd != 0 ? byEnd : Start.CompareTo(other.Start);
    }

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    public override string ToString() => Label;

    public static Period Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException(PeriodParser.Expected(text));

    public static bool TryParse(string? text, out Period period) => PeriodParser.TryParse(text, out period);
}
