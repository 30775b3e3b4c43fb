using System.Globalization;

namespace PerfBot.Sync;

/// <summary>
/// The "Sources" configuration section: Excel or CSV files on SharePoint or OneDrive that PerfBot imports itself, daily at
/// SyncTime (UK) and on demand ("sync now" from a data officer, <c>perfbot sync</c>).
/// </summary>
public sealed class WorkbookSourceOptions
{
    public const string Section = "Sources";

    public List<WorkbookSource> Workbooks { get; set; } = [];

    /// <summary>The daily sync's time on the council's clock, HH:mm.</summary>
    public string SyncTime { get; set; } = "06:30";

    /// <summary>Quartz cron for <see cref="SyncTime"/>; null when it is not a time.</summary>
    public string? Cron => TimeOnly.TryParseExact(SyncTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
        ? $"0 {time.Minute} {time.Hour} * * ?"
        : null;
}

/// <summary>One file: its drive and its item id or path on the drive, and what kind of file it is.</summary>
/// <param name="Name">A name officers know it by ("Children's services monthly").</param>
/// <param name="DriveId">The document library's or OneDrive's drive id (b!…).</param>
/// <param name="ItemId">The file's drive item id; or else <see cref="Path"/>.</param>
/// <param name="Path">The file's path from the drive's root: "Performance/Monthly/childrens.xlsx".</param>
/// <param name="Kind">measures (the only kind synced today: one row per indicator and period).</param>
public sealed class WorkbookSource
{
    public string Name { get; set; } = "";
    public string DriveId { get; set; } = "";
    public string? ItemId { get; set; }
    public string? Path { get; set; }
    public string Kind { get; set; } = "measures";

    public string Where => ItemId is { Length: > 0 } id ? $"drive {DriveId}, item {id}" : $"drive {DriveId}, {Path}";

    public string? Problem() =>
        Name.Length == 0 ? "a workbook source has no Name" :
        DriveId.Length == 0 ? $"workbook source '{Name}' has no DriveId" :
        string.IsNullOrWhiteSpace(ItemId) && string.IsNullOrWhiteSpace(Path) ? $"workbook source '{Name}' needs an ItemId or a Path" :
        Kind != "measures" ? $"workbook source '{Name}' has Kind '{Kind}'; only 'measures' files are synced" :
        null;
}
