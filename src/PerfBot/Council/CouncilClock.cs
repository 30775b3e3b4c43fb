namespace PerfBot.Council;

/// <summary>
/// The council's own time. "Today" turns over at midnight on the wall in the UK, summer or winter, whatever zone the
/// server runs in (an Azure App Service runs on UTC): every date PerfBot shows or compares comes from here.
/// </summary>
public sealed class CouncilClock(TimeProvider time)
{
    public const string ZoneId = "Europe/London";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    /// <summary>The clock underneath, for timers, timestamps and elapsed time.</summary>
    public TimeProvider Time => time;

    public DateTimeOffset UtcNow => time.GetUtcNow();

    /// <summary>Now on the council's wall clock, with its UTC offset.</summary>
    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);

    public DateOnly Today => DateOf(time.GetUtcNow());

    /// <summary>The council's date at an instant, e.g. the day a scheduled job was due to fire.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The ISO week a date falls in, e.g. 2025-W41: a committee gets one digest, an officer one alert, per week.</summary>
    public static string WeekOf(DateOnly date) =>
        $"{System.Globalization.ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue))}-W{System.Globalization.ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):00}";
}
