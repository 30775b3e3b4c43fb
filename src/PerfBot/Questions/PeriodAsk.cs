using PerfBot.Indicators;

namespace PerfBot.Questions;

public enum PeriodAskKind
{
    /// <summary>A period written out: Q2 2025/26, Oct-20, 2017/18.</summary>
    Exact,
    /// <summary>"latest", "now", "last month", "last quarter": the newest figure of that length the data holds.</summary>
    Latest,
    /// <summary>"previous month", "the quarter before": one period before the newest.</summary>
    BeforeLatest,
    /// <summary>"last year", "a year ago": the same period a year before the newest.</summary>
    YearBeforeLatest,
    /// <summary>"in October", "sept": the newest figure for that month of the year.</summary>
    MonthOfYear,
    /// <summary>"Q2" with no year: the newest figure in that quarter of any financial year.</summary>
    QuarterOfYear,
    /// <summary>A day ("14 March 2022", "21st jan"): for meetings; for figures, the month it falls in.</summary>
    Day,
}

/// <summary>The period a question asks about, as written, before it is resolved against an indicator's own data.</summary>
/// <param name="Day">For <see cref="PeriodAskKind.Day"/>: the day named.</param>
/// <param name="Anchor">In a follow-up, the period the last answer showed: "the year before" and "the month before" count back from it, not from the newest.</param>
public sealed record PeriodAsk(PeriodAskKind Kind, string Written, Period? Exact = null, PeriodKind? Length = null, int Number = 0, DateOnly? Day = null, Period? Anchor = null)
{
    /// <summary>
    /// The period meant, for an indicator whose measurements are <paramref name="ordered"/> oldest first. "Latest" and
    /// "last …" are relative to the data's newest period, not to today. Null when the data has nothing to resolve against.
    /// </summary>
    public Period? Resolve(IReadOnlyList<Measurement> ordered)
    {
        if (Kind is PeriodAskKind.Exact or PeriodAskKind.Day) return Exact;
        if (Anchor is { } anchor && Kind is PeriodAskKind.BeforeLatest or PeriodAskKind.YearBeforeLatest)
            return Kind == PeriodAskKind.BeforeLatest ? anchor.Previous() : anchor.SamePeriodLastYear();
        IEnumerable<Measurement> ofLength = Length is { } length ? ordered.Where(m => m.Period.Kind == length) : ordered;
        var newest = ofLength.LastOrDefault()?.Period ?? ordered.LastOrDefault()?.Period;
        if (newest is not { } latest) return null;
        return Kind switch
        {
            PeriodAskKind.Latest => latest,
            PeriodAskKind.BeforeLatest => latest.Previous(),
            PeriodAskKind.YearBeforeLatest => latest.SamePeriodLastYear(),
            PeriodAskKind.MonthOfYear => ordered.LastOrDefault(m => m.Period.Kind == PeriodKind.Month && m.Period.Number == Number)?.Period
                                         ?? NewestMonthOfYear(latest, Number),
            PeriodAskKind.QuarterOfYear => NewestQuarterOfYear(ordered, Number) ?? LatestQuarterOfYear(latest, Number),
            _ => latest,
        };
    }

    /// <summary>The period meant when it can be known without the indicator's data: written out, a day, or counted back from the last answer.</summary>
    public Period? Known() => Kind switch
    {
        PeriodAskKind.Exact or PeriodAskKind.Day => Exact,
        PeriodAskKind.BeforeLatest when Anchor is { } a => a.Previous(),
        PeriodAskKind.YearBeforeLatest when Anchor is { } a => a.SamePeriodLastYear(),
        _ => null,
    };

    /// <summary>A day written without its year ("21 jan") is kept in year 1: the meeting nearest today is meant.</summary>
    public bool DayWithoutYear => Day is { Year: 1 };

    public string Describe() => Kind switch
    {
        PeriodAskKind.Exact => $"'{Written}' → {Exact!.Value.Label}",
        PeriodAskKind.Day => $"'{Written}' → {Day:yyyy-MM-dd}",
        PeriodAskKind.BeforeLatest or PeriodAskKind.YearBeforeLatest when Anchor is { } a => $"'{Written}' → {(Kind == PeriodAskKind.BeforeLatest ? a.Previous() : a.SamePeriodLastYear()).Label}, counting back from {a.Label} in the last answer",
        PeriodAskKind.Latest => $"'{Written}' → the newest {LengthWord} in the data",
        PeriodAskKind.BeforeLatest => $"'{Written}' → the {LengthWord} before the newest in the data",
        PeriodAskKind.YearBeforeLatest => $"'{Written}' → a year before the newest period in the data",
        PeriodAskKind.MonthOfYear => $"'{Written}' → the newest {System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(Number)} in the data",
        _ => $"'{Written}' → the newest Q{Number} in the data",
    };

    private string LengthWord => Length switch
    {
        PeriodKind.Month => "month",
        PeriodKind.Quarter => "quarter",
        PeriodKind.FinancialYear => "year",
        _ => "period",
    };

    private static Period? NewestQuarterOfYear(IReadOnlyList<Measurement> ordered, int quarter)
    {
        var held = ordered.LastOrDefault(m => m.Period.Kind == PeriodKind.Quarter && m.Period.Number == quarter);
        if (held is not null) return held.Period;
        var month = ordered.LastOrDefault(m => m.Period.Kind == PeriodKind.Month && QuarterOf(m.Period) == quarter);
        return month is null ? null : Period.Containing(PeriodKind.Quarter, month.Period.Start);
    }

    /// <summary>Nothing held in that quarter: the latest such quarter up to the newest figure, so the answer says none is held for it.</summary>
    private static Period LatestQuarterOfYear(Period latest, int quarter)
    {
        var containing = Period.Containing(PeriodKind.Quarter, latest.End);
        var sameYear = Period.Quarter(containing.Year, quarter);
        return sameYear <= containing ? sameYear : Period.Quarter(containing.Year - 1, quarter);
    }

    private static int QuarterOf(Period month) => Period.Containing(PeriodKind.Quarter, month.Start).Number;

    /// <summary>No such month held: the one nearest the newest figure ("October" after a Q2 figure is the October just after it).</summary>
    private static Period NewestMonthOfYear(Period latest, int month)
    {
        var end = latest.End;
        return new[] { end.Year - 1, end.Year, end.Year + 1 }.Select(y => Period.Month(y, month))
            .MinBy(p => Math.Abs((p.End.Year - end.Year) * 12 + p.End.Month - end.Month));
    }
}
