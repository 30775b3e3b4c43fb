using Dapper;
using Microsoft.Data.Sqlite;
using PerfBot.Indicators;
using C = PerfBot.Store.Import.MeasureColumns;

namespace PerfBot.Store.Import;

/// <summary>
/// Writes a measures file in one transaction: every row is upserted on indicator + period, or — when any row is
/// refused — nothing at all. Columns the file does not carry leave stored values as they were.
/// </summary>
public static class MeasureImporter
{
    public static ImportSummary Import(Database database, string path) => Import(database, MeasureFileParser.Parse(TableReader.Read(path)));

    public static ImportSummary Import(Database database, MeasureFile file)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var committees = connection.Query<(long Id, string Name)>("SELECT id, name FROM committees", transaction: transaction)
            .ToDictionary(c => Names.Key(c.Name), c => c.Id);
        var problems = UnknownCommittees(file, committees).ToList();
        if (problems.Count > 0) throw new ImportRefusedException(problems);

        var indicators = new IndicatorResolver(connection, transaction);
        var upsert = UpsertMeasurementSql(file.Columns);
        int added = 0, changed = 0, unchanged = 0;
        foreach (var row in file.Rows)
        {
            var indicatorId = indicators.Resolve(row.Indicator, row.Code, row.ServiceArea, row.Unit, row.Frequency, row.Polarity, row.Owner);
            UpdateIndicator(connection, transaction, indicatorId, row);
            LinkCommittees(connection, transaction, indicatorId, row.Committee, committees);

            var existed = connection.ExecuteScalar<long?>(
                "SELECT id FROM measurements WHERE indicator_id = @indicatorId AND period = @Period",
                new { indicatorId, Period = row.Period.Label }, transaction) is not null;
            var written = connection.Execute(upsert, MeasurementParameters(indicatorId, row), transaction);
            if (!existed) added++;
            else if (written > 0) changed++;
            else unchanged++;

            WriteBenchmarks(connection, transaction, indicatorId, row, file.Columns);
        }
        transaction.Commit();
        return new ImportSummary(file.FileName, file.Rows.Count, indicators.Created, added, changed, unchanged);
    }

    private static IEnumerable<ImportProblem> UnknownCommittees(MeasureFile file, Dictionary<string, long> committees)
    {
        var known = committees.Count == 0 ? "none are set up yet" : "known committees: " + string.Join("; ", committees.Keys.Order());
        foreach (var row in file.Rows)
            foreach (var name in CommitteeNames(row.Committee).Where(n => !committees.ContainsKey(Names.Key(n))))
                yield return new ImportProblem(file.FileName, $"is not a committee PerfBot knows ({known}). Committees are not created by import, so a typo cannot create one.",
                    row.Row, Field: C.Committee, Value: name);
    }

    private static IEnumerable<string> CommitteeNames(string? cell) =>
        cell?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>Only the columns the file carries are written; the WHERE makes an identical row a no-op, so re-imports change nothing.</summary>
    private static string UpsertMeasurementSql(IReadOnlySet<string> columns)
    {
        var optional = new (string Field, string Column)[]
        {
            (C.Target, "target"), (C.Rag, "reported_rag"), (C.Direction, "reported_direction"),
            (C.Commentary, "commentary"), (C.Actions, "actions"), (C.Source, "source"),
        }.Where(c => columns.Contains(c.Field)).Select(c => c.Column).Prepend("value").ToList();
        var set = string.Join(", ", optional.Select(c => $"{c} = excluded.{c}"));
        var differs = string.Join(" OR ", optional.Select(c => $"measurements.{c} IS NOT excluded.{c}"));
        return $"""
            INSERT INTO measurements (indicator_id, period, period_start, period_end, value, target, reported_rag, reported_direction, commentary, actions, source)
            VALUES (@IndicatorId, @Period, @PeriodStart, @PeriodEnd, @Value, @Target, @Rag, @Direction, @Commentary, @Actions, @Source)
            ON CONFLICT (indicator_id, period) DO UPDATE SET {set}
            WHERE {differs}
            """;
    }

    private static object MeasurementParameters(long indicatorId, MeasureRow row) => new
    {
        IndicatorId = indicatorId,
        Period = row.Period.Label,
        PeriodStart = row.Period.Start.ToString("yyyy-MM-dd"),
        PeriodEnd = row.Period.End.ToString("yyyy-MM-dd"),
        row.Value,
        row.Target,
        Rag = row.Rag?.ToString(),
        Direction = row.Direction?.ToString(),
        row.Commentary,
        row.Actions,
        row.Source,
    };

    private static void UpdateIndicator(SqliteConnection connection, SqliteTransaction transaction, long id, MeasureRow row)
    {
        if (row.ServiceArea is null && row.Unit is null && row.Frequency is null && row.Polarity is null && row.Owner is null) return;
        connection.Execute("""
            UPDATE indicators SET
                service_area = COALESCE(@ServiceArea, service_area),
                unit = COALESCE(@Unit, unit),
                frequency = COALESCE(@Frequency, frequency),
                polarity = COALESCE(@Polarity, polarity),
                owner = COALESCE(@Owner, owner)
            WHERE id = @id
            """,
            new
            {
                id, row.ServiceArea, row.Unit, row.Owner,
                Frequency = row.Frequency is { } f ? Words.Write(f) : null,
                Polarity = row.Polarity is { } p ? Words.Write(p) : null,
            }, transaction);
    }

    private static void LinkCommittees(SqliteConnection connection, SqliteTransaction transaction, long indicatorId, string? cell, Dictionary<string, long> committees)
    {
        foreach (var name in CommitteeNames(cell))
            connection.Execute(
                "INSERT INTO indicator_committees (indicator_id, committee_id) VALUES (@indicatorId, @committeeId) ON CONFLICT DO NOTHING",
                new { indicatorId, committeeId = committees[Names.Key(name)] }, transaction);
    }

    private static void WriteBenchmarks(SqliteConnection connection, SqliteTransaction transaction, long indicatorId, MeasureRow row, IReadOnlySet<string> columns)
    {
        var benchmarks = new (string Field, BenchmarkKind Kind, double? Value)[]
        {
            (C.BenchmarkEngland, BenchmarkKind.England, row.BenchmarkEngland),
            (C.BenchmarkNeighbours, BenchmarkKind.StatisticalNeighbours, row.BenchmarkNeighbours),
            (C.BenchmarkGoodPlus, BenchmarkKind.GoodPlus, row.BenchmarkGoodPlus),
        };
        foreach (var (field, kind, value) in benchmarks.Where(b => columns.Contains(b.Field)))
        {
            var parameters = new { indicatorId, Period = row.Period.Label, Kind = Benchmark.StoredKind(kind), Value = value, row.Source };
            if (value is null)
                connection.Execute("DELETE FROM benchmarks WHERE indicator_id = @indicatorId AND period = @Period AND kind = @Kind", parameters, transaction);
            else
                connection.Execute("""
                    INSERT INTO benchmarks (indicator_id, period, kind, value, source) VALUES (@indicatorId, @Period, @Kind, @Value, @Source)
                    ON CONFLICT (indicator_id, period, kind) DO UPDATE SET value = excluded.value, source = excluded.source
                    WHERE benchmarks.value IS NOT excluded.value OR benchmarks.source IS NOT excluded.source
                    """, parameters, transaction);
        }
    }
}
