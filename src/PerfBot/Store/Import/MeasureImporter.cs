using Dapper;
using PerfBot.Council;
using PerfBot.Indicators;
using C = PerfBot.Store.Import.MeasureColumns;

namespace PerfBot.Store.Import;

/// <summary>
/// Imports a measures file in one transaction: every row is upserted on indicator + period or — when any row is
/// refused — nothing at all, with every problem listed. Rows stream from the file, so size is limited by disk, not memory.
/// </summary>
public static class MeasureImporter
{
    /// <param name="clock">The council's today, before which every period must have ended; the machine's clock when null.</param>
    public static ImportSummary Import(Database database, string path, CouncilClock? clock = null)
    {
        using var source = TableReader.Open(path);
        var file = source.FileName;
        var problems = new List<ImportProblem>();
        var headers = HeaderMap.Build(file, source.Headers, C.All, C.Required, problems);
        if (problems.Count > 0) throw new ImportRefusedException(problems);
        var columns = C.All.Where(headers.Has).ToHashSet();

        using var connection = database.Open();
        // A large file's index pages stay in memory for the whole transaction instead of cycling through SQLite's 2 MB default.
        if (database.Sql.ImportSession is { } session) connection.Execute(session);
        using var transaction = connection.BeginTransaction();
        var committees = connection.Query<(long Id, string Name)>("SELECT id, name FROM committees", transaction: transaction)
            .ToDictionary(c => Names.Key(c.Name), c => c.Id);
        var before = connection.ExecuteScalar<long>("SELECT count(*) FROM measurements", transaction: transaction);
        using var pipeline = new ImportPipeline();
        var indicators = new IndicatorResolver(connection, transaction, pipeline);
        using var writer = MeasureWriter.For(connection, transaction, columns, pipeline, indicators);
        var reader = new MeasureRowReader(file, headers, problems, (clock ?? new CouncilClock(TimeProvider.System)).Today);
        // Which row gave each indicator and period, to tell a harmless repeat from a contradiction.
        var seen = new Dictionary<(long, Period), (int Row, int Content)>();
        var committeeCells = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        var rows = 0;

        foreach (var tableRow in source.Rows)
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
            var content = Content(row);
            if (seen.TryGetValue((indicatorId, row.Period), out var first))
            {
                if (first.Content != content)
                    problems.Add(new ImportProblem(file,
                        $"{ImportProblem.Shown(row.Indicator)} for {row.Period.Label} appears in rows {first.Row} and {row.Row} with different values; keep one row per indicator and period.",
                        row.Row, headers.ColumnOf(C.Value), C.Value, Figures.Number(row.Value)));
                continue;
            }
            seen[(indicatorId, row.Period)] = (row.Row, content);
            // Once a problem is found nothing will be kept, but the rest of the file is still checked.
            if (problems.Count == 0) writer.Write(indicatorId, row, committeeIds);
        }

        if (rows == 0) problems.Add(new ImportProblem(file, "the file has a header row but no data rows."));
        if (problems.Count > 0) throw new ImportRefusedException(problems);
        writer.Finish();
        var added = (int)(connection.ExecuteScalar<long>("SELECT count(*) FROM measurements", transaction: transaction) - before);
        // A re-import that changed nothing leaves even the version alone.
        if (writer.Changes + indicators.Created > 0)
            StoreVersion.Bump(connection, transaction);
        transaction.Commit();
        var unique = seen.Count;
        return new ImportSummary(file, rows, indicators.Created, added, writer.Written - added, unique - writer.Written);
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
