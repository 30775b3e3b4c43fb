using System.IO.Compression;
using PerfBot.Council;

namespace PerfBot.Store.Import;

/// <summary>
/// An XLSX is a zip, and ExcelDataReader holds its shared-strings table in memory: a 3 MB workbook can unzip to
/// hundreds of megabytes of strings. A workbook is read only if it is at most <see cref="MaxBytes"/> on disk and at
/// most the same unzipped, counted as it inflates (a zip's own sizes can lie). CSV has no such limit: it is read as a
/// stream, row by row.
/// </summary>
internal static class WorkbookSize
{
    public const long MaxBytes = 100L * 1024 * 1024;

    public static void Check(string file, string path)
    {
        var onDisk = new FileInfo(path).Length;
        if (onDisk > MaxBytes) throw Refuse(file, $"the workbook is {Megabytes(onDisk)} on disk, more than the {Megabytes(MaxBytes)} PerfBot reads from an XLSX file");
        ZipArchive zip;
        try { zip = ZipFile.OpenRead(path); }
        catch (InvalidDataException e) { throw TableReader.Refuse(file, $"the file looks like a zip archive but is not a readable XLSX workbook ({e.Message})."); }
        using (zip)
        {
            long unzipped = zip.Entries.Sum(e => e.Length);
            if (unzipped <= MaxBytes) unzipped = Inflated(zip);
            if (unzipped > MaxBytes)
                throw Refuse(file, $"the workbook unzipped is {(unzipped == long.MaxValue ? "more than " + Megabytes(MaxBytes) : Megabytes(unzipped))}, more than the {Megabytes(MaxBytes)} PerfBot reads from an XLSX file");
        }
    }

    /// <summary>The bytes the entries inflate to, or long.MaxValue as soon as they pass the limit.</summary>
    private static long Inflated(ZipArchive zip)
    {
        var buffer = new byte[1 << 16];
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                if ((total += read) > MaxBytes) return long.MaxValue;
        }
        return total;
    }

    private static ImportRefusedException Refuse(string file, string why) =>
        TableReader.Refuse(file, $"{why}; save the sheet as CSV (read as a stream, at any size) or split it into smaller workbooks.");

    private static string Megabytes(long bytes) => $"{(bytes / (1024.0 * 1024)).ToString("N0", CouncilCulture.English)} MB";
}
