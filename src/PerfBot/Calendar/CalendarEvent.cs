namespace PerfBot.Calendar;

/// <summary>An event from a group calendar, reduced to what matching a meeting needs.</summary>
public sealed record CalendarEvent(string Id, string? Subject, DateTimeOffset Start, bool IsCancelled, string? Location);
