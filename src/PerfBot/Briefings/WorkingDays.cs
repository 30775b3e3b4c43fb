namespace PerfBot.Briefings;

/// <summary>
/// Counts working days (Monday to Friday) back from a meeting. Bank holidays are not known unless given as data:
/// England and Wales, Scotland and Northern Ireland differ, and the lists change by proclamation.
/// </summary>
public static class WorkingDays
{
    public const int DefaultBeforeMeeting = 5;

    /// <summary>The working day <paramref name="days"/> working days before the date: 5 before Wed 21 Jan 2026 is Wed 14 Jan.</summary>
    public static DateOnly Before(DateOnly date, int days, IReadOnlySet<DateOnly>? holidays = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = date;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(-1);
            if (IsWorkingDay(day, holidays)) counted++;
        }
        return day;
    }

    public static bool IsWorkingDay(DateOnly day, IReadOnlySet<DateOnly>? holidays = null) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && holidays?.Contains(day) != true;
}
