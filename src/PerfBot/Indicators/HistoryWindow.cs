namespace PerfBot.Indicators;

/// <summary>
/// How much of an indicator's history an answer shows: the three years up to its latest figure, or six for a yearly
/// measure so that its trend still has points. That holds every comparison an answer makes (previous period, same period
/// last year) and a trend a member can read on a phone; ten years of monthly figures are neither readable in a chart 480
/// pixels wide nor quick to read from the store. A period asked for by name is always covered, however old.
/// </summary>
public static class HistoryWindow
{
    public const int Years = 3;
    public const int YearsOfYearlyFigures = 6;

    /// <summary>The earliest period end shown: periods ending after this day, up to the latest.</summary>
    public static DateOnly After(Period latest) =>
        latest.End.AddYears(latest.Kind is PeriodKind.FinancialYear or PeriodKind.AcademicYear or PeriodKind.CalendarYear ? -YearsOfYearlyFigures : -Years);

    /// <summary>The window widened, if need be, to hold an older period asked for and the figures it is compared with.</summary>
    public static DateOnly After(Period latest, Period? asked) =>
        asked is { } period && period.Start.AddMonths(-13) < After(latest) ? period.Start.AddMonths(-13) : After(latest);
}
