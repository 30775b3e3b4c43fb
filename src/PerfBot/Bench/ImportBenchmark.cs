using System.Diagnostics;
using Npgsql;
using PerfBot.Store;
using PerfBot.Store.Import;

namespace PerfBot.Bench;

/// <summary>
/// PerfBot's import of a large CSV against the engine's own bulk load of the same file into an equivalent table:
/// the sqlite3 tool's .import for a SQLite store, psql's \copy (COPY FROM STDIN) for a PostgreSQL one.
/// </summary>
public static class ImportBenchmark
{
    /// <param name="PerfBotCpuSeconds">CPU time (user + system) of this process during its import, every thread counted.</param>
    /// <param name="BaselineCpuSeconds">
    /// CPU time of the sqlite3 tool during its .import; null on PostgreSQL, where psql only sends the file and the
    /// server does the work. The wall-clock ratio is the target; the two CPU times show how much of it was the load of
    /// the moment, as the baseline runs after PerfBot's import, at another moment of a shared machine.
    /// </param>
    public sealed record Result(long Rows, double PerfBotSeconds, double PerfBotRowsPerSecond, string Baseline, double? BaselineSeconds,
        double? BaselineRowsPerSecond, double? Ratio, string? BaselineNote, double PerfBotCpuSeconds, double? BaselineCpuSeconds);

    public static Result Run(Database store, string csv, long rows, string folder)
    {
        var cpuBefore = Measure.CpuMs();
        var perfbot = Measure.Time(() => MeasureImporter.Import(store, csv)) / 1000;
        var perfbotCpu = (Measure.CpuMs() - cpuBefore) / 1000;
        var childrenBefore = Measure.ChildrenCpuMs();
        var (baseline, (seconds, note)) = store.Engine == StoreEngine.Sqlite
            ? ("sqlite3 .import", RunSqlite3(csv, Path.Combine(folder, "sqlite3-import.db")))
            : ("PostgreSQL COPY", RunPsqlCopy(csv, store.ConnectionString));
        double? baselineCpu = store.Engine == StoreEngine.Sqlite && seconds is not null ? (Measure.ChildrenCpuMs() - childrenBefore) / 1000 : null;
        var ours = rows / perfbot;
        double? theirs = seconds is { } s ? rows / s : null;
        return new Result(rows, Math.Round(perfbot, 2), Math.Round(ours), baseline, seconds is { } t ? Math.Round(t, 2) : null,
            theirs is { } r ? Math.Round(r) : null, theirs is { } rr ? Math.Round(ours / rr, 3) : null, note,
            Math.Round(perfbotCpu, 2), baselineCpu is { } c ? Math.Round(c, 2) : null);
    }

    private const string BaselineTable = """
        (indicator TEXT NOT NULL, service_area TEXT, committee TEXT, unit TEXT, frequency TEXT, polarity TEXT,
         period TEXT NOT NULL, value REAL, target REAL, source TEXT, UNIQUE (indicator, period))
        """;

    /// <summary>The same columns, the same unique key on indicator and period, the same journal settings as the store.</summary>
    private static (double? Seconds, string? Note) RunSqlite3(string csv, string database) => RunTool("sqlite3", [database], $"""
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE measures {BaselineTable};
        .mode csv
        .import --skip 1 '{csv.Replace("'", "''")}' measures
        """, "the sqlite3 command-line tool is not installed (apt-get install sqlite3)");

    /// <summary>
    /// psql's \copy streams the file through COPY FROM STDIN, as an import over the network must, into a table with the
    /// same columns and unique key (REAL as DOUBLE PRECISION, as the store holds it), in one transaction; dropped after.
    /// </summary>
    private static (double? Seconds, string? Note) RunPsqlCopy(string csv, string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var table = "bench_copy_baseline";
        var script = $"""
            \set ON_ERROR_STOP on
            BEGIN;
            CREATE TABLE {table} {BaselineTable.Replace("REAL", "DOUBLE PRECISION")};
            \copy {table} FROM '{csv.Replace("'", "''")}' WITH (FORMAT csv, HEADER true)
            COMMIT;
            DROP TABLE {table};
            """;
        var environment = new Dictionary<string, string?>
        {
            ["PGHOST"] = builder.Host, ["PGPORT"] = builder.Port.ToString(), ["PGDATABASE"] = builder.Database,
            ["PGUSER"] = builder.Username, ["PGPASSWORD"] = builder.Password, ["PGSSLMODE"] = builder.SslMode.ToString().ToLowerInvariant(),
        };
        return RunTool("psql", ["-q", "-X"], script, "the psql client is not installed (apt-get install postgresql-client)", environment);
    }

    private static (double? Seconds, string? Note) RunTool(string tool, string[] arguments, string script, string missing, Dictionary<string, string?>? environment = null)
    {
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardInput = true, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            foreach (var (name, value) in environment ?? []) start.Environment[name] = value;
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            process.StandardInput.Write(script);
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            watch.Stop();
            return process.ExitCode == 0 && error.Result.Length == 0
                ? (watch.Elapsed.TotalSeconds, null)
                : (null, $"{tool} failed: {error.Result.Trim()}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (null, missing);
        }
    }
}
