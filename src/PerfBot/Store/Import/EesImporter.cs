using System.Data.Common;
using System.Globalization;
using Dapper;
using PerfBot.Indicators;

namespace PerfBot.Store.Import;

/// <summary>One benchmark an Explore Education Statistics file gives: England's, the region's or the neighbours' mean.</summary>
public sealed record EesBenchmark(string Indicator, string Period, BenchmarkKind Kind, double Value, string Source);

/// <summary>What importing an EES file came to: the benchmarks (stored unless a dry run), notes that stop nothing, and problems that stop everything.</summary>
public sealed record EesResult(string File, string Sha256, int Rows, IReadOnlyList<EesBenchmark> Benchmarks, IReadOnlyList<string> Notes,
    IReadOnlyList<ImportProblem> Problems, bool Committed, long Changes);

/// <summary>
/// Reads a DfE Explore Education Statistics data file (UTF-8 CSV with its standard columns: time_period, time_identifier,
/// geographic_level, country_code, country_name, region_code, region_name, old_la_code, new_la_code, la_name, then filter
/// and indicator columns) and, for the indicators the mapping names, stores England's figure, the council's region's and
/// the mean of its statistical neighbours as benchmarks of the period the row's time gives. Suppressed cells (z, x, c,
/// low, u) are not figures and are left out; anything else that is not a number is a problem. All or nothing.
/// </summary>
public static class EesImporter
{
    private static readonly string[] Standard = ["time_period", "time_identifier", "geographic_level"];

    private sealed record Target(EesMapping Mapping, long IndicatorId, string Name, int Column, IReadOnlyList<(int Column, string Value)> Filters);

    /// <summary>One indicator's figures for one period, by area: "england", "region:E12000009", "la:dorset".</summary>
    private sealed class AreaFigures(Target target, Period period)
    {
        public Target Target { get; } = target;
        public Period Period { get; } = period;
        public Dictionary<string, (double Value, int Row)> ByArea { get; } = new(StringComparer.OrdinalIgnoreCase);
        public IEnumerable<double> Neighbours => ByArea.Where(a => a.Key.StartsWith("la:", StringComparison.Ordinal)).Select(a => a.Value.Value);
    }

    public static EesResult Run(Database database, string path, string mappingPath, EesSettings settings, ImportProvenance by, bool dryRun,
        Func<DbConnection, DbTransaction, EesResult, bool>? beforeCommit = null)
    {
        var file = Path.GetFileName(path);
        var sha256 = MeasureImporter.Sha256Of(path);
        try
        {
            return Import(database, path, mappingPath, settings, by, dryRun, beforeCommit);
        }
        catch (ImportRefusedException refused)
        {
            return new EesResult(file, sha256, 0, [], [], refused.Problems, false, 0);
        }
    }

    private static EesResult Import(Database database, string path, string mappingPath, EesSettings settings, ImportProvenance by, bool dryRun,
        Func<DbConnection, DbTransaction, EesResult, bool>? beforeCommit)
    {
        var mappings = EesMapping.Read(mappingPath);
        using var source = TableReader.Open(path);
        var file = source.FileName;
        var problems = new List<ImportProblem>();
        var columns = source.Headers.Select((h, i) => (Name: h.Trim().ToLowerInvariant(), Index: i)).GroupBy(h => h.Name).ToDictionary(g => g.Key, g => g.First().Index);
        foreach (var missing in Standard.Where(c => !columns.ContainsKey(c)))
            problems.Add(new ImportProblem(file, $"the standard column '{missing}' is missing: this does not look like an Explore Education Statistics data file (it needs {string.Join(", ", Standard)})."));
        if (problems.Count > 0) throw new ImportRefusedException(problems);

        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var targets = Targets(connection, transaction, mappings, Path.GetFileName(mappingPath), file, columns, problems);
        int? Col(string name) => columns.TryGetValue(name, out var i) ? i : null;
        string? Cell(SourceRow row, string name) => Col(name) is { } i ? Cells.Clean(row[i]) : null;
        var council = Key(settings.LocalAuthority);
        var neighbours = settings.Neighbours.Select(Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        string? region = null;
        var figures = new Dictionary<(int, Period), AreaFigures>();
        var rows = 0;

        foreach (var row in source.Rows)
        {
            rows++;
            if (!EesTime.TryPeriod(Cell(row, "time_period"), Cell(row, "time_identifier"), out var period))
            {
                problems.Add(new ImportProblem(file, $"is not a time PerfBot can match; expected time_period such as 2024 or 202425 with time_identifier {EesTime.Expected}.",
                    row.Number, Col("time_identifier"), "time_identifier", $"{Cell(row, "time_period")} {Cell(row, "time_identifier")}"));
                continue;
            }
            var level = Cell(row, "geographic_level")?.ToLowerInvariant();
            var areas = new[] { Cell(row, "new_la_code"), Cell(row, "old_la_code"), Cell(row, "la_name") }.OfType<string>().Select(Key).ToList();
            if (level == "local authority" && areas.Contains(council)) region ??= Cell(row, "region_code");
            var neighbour = level == "local authority" ? areas.FirstOrDefault(neighbours.Contains) : null;
            var isEngland = level == "national" && (Cell(row, "country_code") == "E92000001" || Key(Cell(row, "country_name") ?? "") == "england");
            var regionCode = level == "regional" ? Cell(row, "region_code") : null;
            if (!isEngland && regionCode is null && neighbour is null) continue;

            for (var t = 0; t < targets.Count; t++)
            {
                var target = targets[t];
                if (!target.Filters.All(f => string.Equals(Cells.Clean(row[f.Column]), f.Value, StringComparison.OrdinalIgnoreCase))) continue;
                var text = Cells.Clean(row[target.Column]);
                if (text is null || EesTime.IsSuppressed(text)) continue;
                if (!Cells.TryNumber(text, out var value))
                {
                    problems.Add(new ImportProblem(file, $"is not a number; expected a figure or one of the suppression codes z, x, c, low, u.",
                        row.Number, target.Column, source.Headers[target.Column], text));
                    continue;
                }
                value *= target.Mapping.Scale;
                if (!figures.TryGetValue((t, period), out var f)) figures[(t, period)] = f = new AreaFigures(target, period);
                var area = isEngland ? "england" : regionCode is not null ? $"region:{regionCode}" : $"la:{neighbour}";
                if (!f.ByArea.TryAdd(area, (value, row.Number)))
                    problems.Add(new ImportProblem(file, $"rows {f.ByArea[area].Row} and {row.Number} both give {(isEngland ? "England" : area[(area.IndexOf(':') + 1)..])}'s {source.Headers[target.Column]} for {period.Label}; add a filter to the mapping (row {target.Mapping.Row}) so one row is chosen.",
                        row.Number, target.Column, source.Headers[target.Column], text));
            }
        }
        if (rows == 0) problems.Add(new ImportProblem(file, "the file has a header row but no data rows."));
        if (problems.Count > 0) throw new ImportRefusedException(problems);

        var notes = new List<string>();
        if (region is null) notes.Add($"The file has no rows for {settings.LocalAuthority} (Benchmarks:Ees:LocalAuthority), so its region is not known and no regional benchmarks are stored.");
        var benchmarks = Benchmarks(figures.Values, region, settings.Neighbours.Count, file, notes);
        long changes = 0;
        foreach (var (f, b) in benchmarks)
            changes += connection.Execute("""
                INSERT INTO benchmarks (indicator_id, period, kind, value, source) VALUES (@IndicatorId, @Period, @Kind, @Value, @Source)
                ON CONFLICT (indicator_id, period, kind) DO UPDATE SET value = excluded.value, source = excluded.source
                WHERE benchmarks.value IS DISTINCT FROM excluded.value OR benchmarks.source IS DISTINCT FROM excluded.source
                """, new { f.Target.IndicatorId, b.Period, Kind = Benchmark.StoredKind(b.Kind), b.Value, b.Source }, transaction);
        var result = new EesResult(file, MeasureImporter.Sha256Of(path), rows, benchmarks.Select(b => b.Benchmark).ToList(), notes, [], false, changes);
        if (dryRun || beforeCommit is { } check && !check(connection, transaction, result)) return result;
        if (changes > 0) StoreVersion.Bump(connection, transaction);
        transaction.Commit();
        return result with { Committed = true };
    }

    private static List<(AreaFigures Figures, EesBenchmark Benchmark)> Benchmarks(IEnumerable<AreaFigures> all, string? region, int neighbourCount, string file, List<string> notes)
    {
        var list = new List<(AreaFigures, EesBenchmark)>();
        foreach (var f in all.OrderBy(f => f.Target.Name, StringComparer.Ordinal).ThenBy(f => f.Period))
        {
            var label = f.Period.Label;
            var source = $"DfE Explore Education Statistics, {file}, {f.Target.Mapping.Column}";
            if (f.ByArea.TryGetValue("england", out var england)) list.Add((f, new EesBenchmark(f.Target.Name, label, BenchmarkKind.England, england.Value, source)));
            if (region is not null && f.ByArea.TryGetValue($"region:{region}", out var r))
                list.Add((f, new EesBenchmark(f.Target.Name, label, BenchmarkKind.Region, r.Value, $"{source}, region {region}")));
            var neighbours = f.Neighbours.ToList();
            if (neighbours.Count == 0) continue;
            list.Add((f, new EesBenchmark(f.Target.Name, label, BenchmarkKind.StatisticalNeighbours, Math.Round(neighbours.Average(), 4),
                $"{source}, mean of {neighbours.Count} of {neighbourCount} statistical neighbours")));
            if (neighbours.Count < neighbourCount)
                notes.Add($"{f.Target.Name}, {label}: {neighbourCount - neighbours.Count} of the {neighbourCount} statistical neighbours have no figure (suppressed or absent); the mean is of the other {neighbours.Count}.");
        }
        return list;
    }

    /// <summary>The mapping's indicators (which must exist) and columns (which the file must have).</summary>
    private static List<Target> Targets(DbConnection connection, DbTransaction transaction, IReadOnlyList<EesMapping> mappings, string mappingFile,
        string file, Dictionary<string, int> columns, List<ImportProblem> problems)
    {
        var indicators = connection.Query<(long Id, string Code, string Name)>("SELECT id, code, name FROM indicators", transaction: transaction).ToList();
        var targets = new List<Target>();
        foreach (var m in mappings)
        {
            var found = indicators.FirstOrDefault(i => i.Code.Equals(m.Indicator, StringComparison.OrdinalIgnoreCase) || Names.Key(i.Name) == Names.Key(m.Indicator));
            if (found.Name is null)
                problems.Add(new ImportProblem(mappingFile, "is not an indicator in the store; write its code or official name ('perfbot indicators' lists them).", m.Row, 0, "indicator", m.Indicator));
            var missing = new[] { m.Column }.Concat(m.Filters.Select(f => f.Column)).Where(c => !columns.ContainsKey(c.ToLowerInvariant())).ToList();
            foreach (var column in missing)
                problems.Add(new ImportProblem(mappingFile, $"is not a column of {file}; its columns are {string.Join(", ", columns.Keys)}.", m.Row, null, "column", column));
            if (found.Name is not null && missing.Count == 0)
                targets.Add(new Target(m, found.Id, found.Name, columns[m.Column.ToLowerInvariant()], m.Filters.Select(f => (columns[f.Column.ToLowerInvariant()], f.Value)).ToList()));
        }
        if (problems.Count > 0) throw new ImportRefusedException(problems);
        return targets;
    }

    private static string Key(string text) => Names.Key(text);
}
