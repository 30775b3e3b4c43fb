using System.Security.Cryptography;
using Dapper;
using PerfBot.Council;
using PerfBot.Indicators;
using C = PerfBot.Store.Import.MeasureColumns;

namespace PerfBot.Store.Import;

/// <summary>
/// Imports a measures file in one transaction: every row is upserted on indicator + period or — when any row is
/// refused — nothing at all, with every problem listed. Rows stream from the file, so size is limited by disk, not memory.
/// Every row's effect (new, corrected, updated, unchanged) is worked out inside the same transaction, so a dry run's
/// preview is exactly what the import then writes, and a corrected figure keeps its previous value, who, when and the file.
/// </summary>
public static class MeasureImporter
{
    /// <summary>Imports as the command line's user; throws <see cref="ImportRefusedException"/> with every problem.</summary>
    /// <param name="clock">The council's today, before which every period must have ended; the machine's clock when null.</param>
    public static ImportSummary Import(Database database, string path, CouncilClock? clock = null) =>
        Import(database, path, ImportProvenance.CommandLine((clock?.Time ?? TimeProvider.System).GetUtcNow()), clock);

    public static ImportSummary Import(Database database, string path, ImportProvenance by, CouncilClock? clock = null)
    {
        var outcome = Run(database, path, new ImportRun(by) { Clock = clock });
        if (outcome.Preview.HasProblems) throw new ImportRefusedException(outcome.Preview.Problems);
        return outcome.Summary!;
    }

    /// <summary>Runs an import (or, with <see cref="ImportRun.DryRun"/>, its preview); a refused file's problems are in the preview.</summary>
    public static ImportOutcome Run(Database database, string path, ImportRun run)
    {
        var sha256 = Sha256Of(path);
        try
        {
            return Write(database, path, sha256, run);
        }
        catch (ImportRefusedException refused)
        {
            return new ImportOutcome(ImportPreview.Refused(Path.GetFileName(path), sha256, refused.Problems), null, Committed: false);
        }
    }

    /// <summary>The file's SHA-256 in lower-case hex; empty when there is no file to hash.</summary>
    public static string Sha256Of(string path)
    {
        if (!File.Exists(path)) return "";
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static ImportOutcome Write(Database database, string path, string sha256, ImportRun run)
    {
        using var source = TableReader.Open(path);
        var file = source.FileName;
        var problems = new List<ImportProblem>();
        var headers = HeaderMap.Build(file, source.Headers, C.All, C.Required, problems);
        if (problems.Count > 0) throw new ImportRefusedException(problems);
        var columns = C.All.Where(headers.Has).ToHashSet();

        using var connection = database.Open();
        // A large file's index pages stay in memory for the whole transaction instead of cycling through SQLite's 2 MB default.
        using var pages = SessionSetting.Apply(connection, database.Sql.ImportSession, database.Sql.ImportSessionEnd);
        using var transaction = connection.BeginTransaction();
        if (run.Claim is { } claim && !claim(connection, transaction))
            return new ImportOutcome(ImportPreview.Refused(file, sha256, []), null, Committed: false, Claimed: false);
        var committees = connection.Query<(long Id, string Name)>("SELECT id, name FROM committees", transaction: transaction)
            .ToDictionary(c => Names.Key(c.Name), c => c.Id);
        using var pipeline = new ImportPipeline();
        using var indicators = new IndicatorResolver(connection, transaction, pipeline);
        using var writer = MeasureWriter.For(connection, transaction, columns, pipeline, indicators);
        using var preview = new PreviewBuilder(file, sha256);
        using var tracker = new ChangeTracker(connection, transaction, writer, columns, run.By, file, sha256, preview, pipeline);
        var reader = new MeasureRowReader(file, headers, problems, (run.Clock ?? new CouncilClock(TimeProvider.System)).Today);
        var periods = new StoredPeriods();
        var seen = new RowsSeen(periods);
        var committeeCells = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        // Everything stored for an indicator this import created comes from this file: its latest period and its
        // earliest period end are known here.
        var latestOfNew = new Dictionary<long, Period>();
        var earliestOfNew = new Dictionary<long, DateOnly>();
        var rows = 0;

        // The file is parsed on another thread while this one checks and writes the rows before. With one core (an
        // App Service B1) the two threads could only take turns, and handing rows over costs a quarter more CPU.
        var tableRows = Environment.ProcessorCount > 1 ? ReadAhead.Of(source.Rows) : source.Rows;
        foreach (var tableRow in tableRows)
        {
            rows++;
            var row = reader.Read(tableRow);
            if (row is null) continue;
            List<long>? committeeIds = [];
            if (row.Committee is { } cell && !committeeCells.TryGetValue(cell, out committeeIds))
            {
                committeeIds = CommitteeIds(file, row, committees, headers, problems);
                if (committeeIds is null) continue;
                committeeCells[cell] = committeeIds;
            }
            var indicatorId = indicators.Resolve(row.Indicator, row.Code, row.ServiceArea, row.Unit, row.Frequency, row.Polarity, row.Owner);
            var period = periods.Of(row.Period);
            var content = Content(row);
            if (!seen.TryAdd(indicatorId, period, row.Row, content, out var first))
            {
                if (first.Content != content)
                    problems.Add(new ImportProblem(file,
                        $"{ImportProblem.Shown(row.Indicator)} for {row.Period.Label} appears in rows {first.Row} and {row.Row} with different values; keep one row per indicator and period.",
                        row.Row, headers.ColumnOf(C.Value), C.Value, Figures.Number(row.Value)));
                continue;
            }
            if (indicators.IsNew(indicatorId))
            {
                if (!latestOfNew.TryGetValue(indicatorId, out var latest) || row.Period > latest) latestOfNew[indicatorId] = row.Period;
                if (!earliestOfNew.TryGetValue(indicatorId, out var earliest) || row.Period.End < earliest) earliestOfNew[indicatorId] = row.Period.End;
            }
            // Once a problem is found nothing will be kept, but the rest of the file is still checked.
            if (problems.Count == 0) tracker.Add(indicatorId, indicators.IsNew(indicatorId), row, period, committeeIds);
        }

        if (rows == 0) problems.Add(new ImportProblem(file, "the file has a header row but no data rows."));
        if (problems.Count > 0) throw new ImportRefusedException(problems);
        tracker.Flush();
        writer.Finish();
        foreach (var name in indicators.CreatedNames) preview.NewIndicator(name);
        var result = preview.Build(rows, writer.Changes - writer.Written);
        // The preview and the writes come from the same rows; if they ever disagreed the preview would be a lie.
        if (result.NewFigureCount + result.CorrectionCount + result.UpdateCount != writer.Written)
            throw new InvalidOperationException($"Importing {file}: {writer.Written} figure(s) written but the preview counted {result.NewFigureCount + result.CorrectionCount + result.UpdateCount}.");
        var summary = new ImportSummary(file, rows, indicators.Created, result.NewFigureCount, result.CorrectionCount + result.UpdateCount, result.Unchanged);
        if (run.DryRun || run.BeforeCommit is { } check && !check(connection, transaction, result))
            return new ImportOutcome(result, summary, Committed: false);
        // The statuses kept for digests and the question index change with the figures, in the same transaction.
        if (writer.Written > 0)
        {
            LatestFigures.Refresh(connection, transaction, seen.Indicators, latestOfNew);
            FirstPeriods.Refresh(connection, transaction, seen.Indicators, earliestOfNew);
        }
        // A re-import that changed nothing leaves even the version alone.
        if (writer.Changes + indicators.Created > 0)
            StoreVersion.Bump(connection, transaction);
        transaction.Commit();
        return new ImportOutcome(result, summary, Committed: true);
    }

    /// <summary>What a row says about its indicator and period, to compare a repeated row with the first.</summary>
    private static int Content(MeasureRow r)
    {
        var hash = new HashCode();
        hash.Add(r.Value);
        hash.Add(r.Target);
        hash.Add(r.Rag);
        hash.Add(r.Direction);
        hash.Add(r.Commentary);
        hash.Add(r.Actions);
        hash.Add(r.BenchmarkEngland);
        hash.Add(r.BenchmarkNeighbours);
        hash.Add(r.BenchmarkGoodPlus);
        hash.Add(r.Source);
        return hash.ToHashCode();
    }

    private static List<long>? CommitteeIds(string file, MeasureRow row, Dictionary<string, long> committees, HeaderMap headers, List<ImportProblem> problems)
    {
        var ids = new List<long>();
        foreach (var name in row.Committee!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (committees.TryGetValue(Names.Key(name), out var id)) { ids.Add(id); continue; }
            var known = committees.Count == 0 ? "none are set up yet" : "known committees: " + string.Join("; ", committees.Keys.Order());
            problems.Add(new ImportProblem(file, $"is not a committee PerfBot knows ({known}). Committees are not created by import, so a typo cannot create one.",
                row.Row, headers.ColumnOf(C.Committee), C.Committee, name));
            return null;
        }
        return ids;
    }
}
