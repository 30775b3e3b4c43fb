namespace PerfBot.Scheduling;

/// <summary>Council time: digests go out and "today" turns over by the clock on the wall in the UK, summer or winter.</summary>
public static class UkTime
{
    public const string ZoneId = "Europe/London";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
}
