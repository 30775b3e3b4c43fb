using System.Globalization;

namespace PerfBot.Store;

/// <summary>
/// Instants as the officer tables keep them: UTC, fixed width (2026-12-03T10:15:00.000Z), so comparing the text is comparing
/// the time, in SQLite and PostgreSQL alike — the format the outbox uses.
/// </summary>
public static class StoredTime
{
    public static string Of(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
