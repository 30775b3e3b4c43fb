using Dapper;
using Microsoft.Data.Sqlite;
using PerfBot.Indicators;
using C = PerfBot.Store.Import.MeasureColumns;

namespace PerfBot.Store.Import;

/// <summary>
/// Writes measures rows inside one transaction with statements prepared once per file: a council's million-row
/// history imports at the speed of SQLite, not of per-row command building.
/// </summary>
internal sealed class MeasureWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly IReadOnlySet<string> _columns;
    private readonly RawStatement _upsert;
    private readonly SqliteCommand _benchmark;
    private readonly SqliteCommand _deleteBenchmark;
    private readonly Dictionary<long, (string?, string?, Frequency?, Polarity?, string?)> _indicatorMetadata = [];
    private readonly HashSet<(long, long)> _committeeLinks = [];
    private readonly Dictionary<Period, (string Label, string Start, string End)> _periodText = [];

    public int Written { get; private set; }

    public MeasureWriter(SqliteConnection connection, SqliteTransaction transaction, IReadOnlySet<string> columns)
    {
        _connection = connection;
        _transaction = transaction;
        _columns = columns;
        _upsert = new RawStatement(connection, UpsertSql(columns));
        _benchmark = Prepare("""
            INSERT INTO benchmarks (indicator_id, period, kind, value, source) VALUES ($indicator, $period, $kind, $value, $source)
            ON CONFLICT (indicator_id, period, kind) DO UPDATE SET value = excluded.value, source = excluded.source
            WHERE benchmarks.value IS DISTINCT FROM excluded.value OR benchmarks.source IS DISTINCT FROM excluded.source
            """, "$indicator", "$period", "$kind", "$value", "$source");
        _deleteBenchmark = Prepare("DELETE FROM benchmarks WHERE indicator_id = $indicator AND period = $period AND kind = $kind",
            "$indicator", "$period", "$kind");
    }

    /// <summary>Only the columns the file carries are written; the WHERE makes an identical row a no-op, so re-imports change nothing.</summary>
    private static string UpsertSql(IReadOnlySet<string> columns)
    {
        var written = new (string Field, string Column)[]
        {
            (C.Target, "target"), (C.Rag, "reported_rag"), (C.Direction, "reported_direction"),
            (C.Commentary, "commentary"), (C.Actions, "actions"), (C.Source, "source"),
        }.Where(c => columns.Contains(c.Field)).Select(c => c.Column).Prepend("value").ToList();
        return $"""
            INSERT INTO measurements (indicator_id, period, period_start, period_end, value, target, reported_rag, reported_direction, commentary, actions, source)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
            ON CONFLICT (indicator_id, period_end, period) DO UPDATE SET {string.Join(", ", written.Select(c => $"{c} = excluded.{c}"))}
            WHERE {string.Join(" OR ", written.Select(c => $"measurements.{c} IS DISTINCT FROM excluded.{c}"))}
            """;
    }

    public void Write(long indicatorId, MeasureRow row, IEnumerable<long> committeeIds)
    {
        UpdateIndicator(indicatorId, row);
        foreach (var committeeId in committeeIds)
            if (_committeeLinks.Add((indicatorId, committeeId)))
                _connection.Execute("INSERT INTO indicator_committees (indicator_id, committee_id) VALUES (@indicatorId, @committeeId) ON CONFLICT DO NOTHING",
                    new { indicatorId, committeeId }, _transaction);

        if (!_periodText.TryGetValue(row.Period, out var text))
            _periodText[row.Period] = text = (row.Period.Label, row.Period.Start.ToString("yyyy-MM-dd"), row.Period.End.ToString("yyyy-MM-dd"));
        var label = text.Label;
        _upsert.Bind(1, indicatorId);
        _upsert.Bind(2, label);
        _upsert.Bind(3, text.Start);
        _upsert.Bind(4, text.End);
        _upsert.Bind(5, row.Value);
        _upsert.Bind(6, row.Target);
        _upsert.Bind(7, row.Rag?.ToString());
        _upsert.Bind(8, row.Direction?.ToString());
        _upsert.Bind(9, row.Commentary);
        _upsert.Bind(10, row.Actions);
        _upsert.Bind(11, row.Source);
        Written += _upsert.Execute();

        WriteBenchmark(C.BenchmarkEngland, BenchmarkKind.England, row.BenchmarkEngland, indicatorId, label, row.Source);
        WriteBenchmark(C.BenchmarkNeighbours, BenchmarkKind.StatisticalNeighbours, row.BenchmarkNeighbours, indicatorId, label, row.Source);
        WriteBenchmark(C.BenchmarkGoodPlus, BenchmarkKind.GoodPlus, row.BenchmarkGoodPlus, indicatorId, label, row.Source);
    }

    private void WriteBenchmark(string field, BenchmarkKind kind, double? value, long indicatorId, string period, string? source)
    {
        if (!_columns.Contains(field)) return;
        if (value is null)
        {
            Run(_deleteBenchmark, indicatorId, period, Benchmark.StoredKind(kind));
            _deleteBenchmark.ExecuteNonQuery();
        }
        else
        {
            Run(_benchmark, indicatorId, period, Benchmark.StoredKind(kind), value, source);
            _benchmark.ExecuteNonQuery();
        }
    }

    /// <summary>A row's indicator columns (service area, unit…) update the indicator once per distinct set of values.</summary>
    private void UpdateIndicator(long id, MeasureRow row)
    {
        if (row.ServiceArea is null && row.Unit is null && row.Frequency is null && row.Polarity is null && row.Owner is null) return;
        var signature = (row.ServiceArea, row.Unit, row.Frequency, row.Polarity, row.Owner);
        if (_indicatorMetadata.TryGetValue(id, out var applied) && applied == signature) return;
        _indicatorMetadata[id] = signature;
        _connection.Execute("""
            UPDATE indicators SET
                service_area = COALESCE(@ServiceArea, service_area),
                unit = COALESCE(@Unit, unit),
                frequency = COALESCE(@Frequency, frequency),
                polarity = COALESCE(@Polarity, polarity),
                owner = COALESCE(@Owner, owner)
            WHERE id = @id AND (service_area IS NOT COALESCE(@ServiceArea, service_area) OR unit IS NOT COALESCE(@Unit, unit)
                OR frequency IS NOT COALESCE(@Frequency, frequency) OR polarity IS NOT COALESCE(@Polarity, polarity)
                OR owner IS NOT COALESCE(@Owner, owner))
            """,
            new
            {
                id, row.ServiceArea, row.Unit, row.Owner,
                Frequency = row.Frequency is { } f ? Words.Write(f) : null,
                Polarity = row.Polarity is { } p ? Words.Write(p) : null,
            }, _transaction);
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    public void Dispose()
    {
        _upsert.Dispose();
        _benchmark.Dispose();
        _deleteBenchmark.Dispose();
    }
}
