using System.Diagnostics;
using PerfBot.Store;
using PerfBot.Store.Import;

namespace PerfBot.Bench;

/// <summary>PerfBot's import of a large CSV against the sqlite3 tool's .import of the same file into an equivalent table.</summary>
public static class ImportBenchmark
{
    public sealed record Result(long Rows, double PerfBotSeconds, double PerfBotRowsPerSecond, double? Sqlite3Seconds, double? Sqlite3RowsPerSecond, double? Ratio, string? Sqlite3Note);

    public static Result Run(Database store, string csv, long rows, string folder)
    {
        var perfbot = Measure.Time(() => MeasureImporter.Import(store, csv)) / 1000;
        var (sqlite, note) = RunSqlite3(csv, Path.Combine(folder, "sqlite3-import.db"));
        var ours = rows / perfbot;
        double? theirs = sqlite is { } s ? rows / s : null;
        return new Result(rows, Math.Round(perfbot, 2), Math.Round(ours), sqlite is { } t ? Math.Round(t, 2) : null,
            theirs is { } r ? Math.Round(r) : null, theirs is { } rr ? Math.Round(ours / rr, 3) : null, note);
    }

    /// <summary>The same columns, the same unique key on indicator and period, the same journal settings as the store.</summary>
    private static (double? Seconds, string? Note) RunSqlite3(string csv, string database)
    {
        var script = $"""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE TABLE measures (indicator TEXT NOT NULL, service_area TEXT, committee TEXT, unit TEXT, frequency TEXT, polarity TEXT,
                period TEXT NOT NULL, value REAL, target REAL, source TEXT, UNIQUE (indicator, period));
            .mode csv
            .import --skip 1 '{csv.Replace("'", "''")}' measures
            """;
        try
        {
            var start = new ProcessStartInfo("sqlite3", database) { RedirectStandardInput = true, RedirectStandardError = true, RedirectStandardOutput = true };
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            process.StandardInput.Write(script);
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            watch.Stop();
            return process.ExitCode == 0 && error.Length == 0
                ? (watch.Elapsed.TotalSeconds, null)
                : (null, $"sqlite3 failed: {error.Trim()}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (null, "the sqlite3 command-line tool is not installed (apt-get install sqlite3)");
        }
    }
}
