namespace PerfBot.Indicators;

/// <summary>
/// How much of an indicator's history an answer shows: the three years up to its latest figure. That holds every
/// comparison an answer makes (previous period, same period last year) and a trend a member can read on a phone; ten
/// years of monthly figures are neither readable in a chart 480 pixels wide nor quick to read from the store. A period
/// asked for by name is always covered, however old.
/// </summary>
public static class HistoryWindow
{
    public const int Years = 3;

    /// <summary>The earliest period end shown: periods ending after this day, up to <paramref name="latestEnd"/>.</summary>
    public static DateOnly After(DateOnly latestEnd) => latestEnd.AddYears(-Years);

    /// <summary>The window widened, if need be, to hold an older period asked for and the figures it is compared with.</summary>
    public static DateOnly After(DateOnly latestEnd, Period? asked) =>
        asked is { } period && period.Start.AddMonths(-13) < After(latestEnd) ? period.Start.AddMonths(-13) : After(latestEnd);
}
