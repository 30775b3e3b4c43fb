using System.Globalization;

namespace PerfBot.Store;

/// <summary>
/// Days as the store keeps them (periods' starts and ends, meetings, the days digests and briefs were made for): ISO text
/// (2026-12-03), so comparing the text is comparing the day, in SQLite and PostgreSQL alike. Instants are
/// <see cref="StoredTime"/>'s.
/// </summary>
public static class StoredDate
{
    public static string Of(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>No day (a forward-plan item not yet given a meeting, no bound asked for) is stored as NULL.</summary>
    public static string? Of(DateOnly? day) => day is { } d ? Of(d) : null;
}
