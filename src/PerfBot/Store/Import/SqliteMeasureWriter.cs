using Microsoft.Data.Sqlite;

namespace PerfBot.Store.Import;

/// <summary>
/// SQLite: one upsert per row with statements prepared once per file, the figures' through SQLitePCLRaw — a council's
/// million-row history imports at the speed of SQLite, not of per-row command building.
/// </summary>
internal sealed class SqliteMeasureWriter : MeasureWriter
{
    private readonly RawStatement _upsert;
    private readonly SqliteCommand _benchmark;
    private readonly SqliteCommand _deleteBenchmark;
    private readonly RawStatement _link;
    private readonly int[] _linkPositions;
    private readonly RawStatement _updateIndicator;
    private readonly int[] _updatePositions;

    public SqliteMeasureWriter(SqliteConnection connection, SqliteTransaction transaction, IReadOnlySet<string> columns) : base(connection, transaction, columns)
    {
        _upsert = new RawStatement(connection, $"""
            INSERT INTO measurements ({MeasurementColumns})
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
            {OnConflictUpdate(columns)}
            """);
        _benchmark = Prepare($"""
            INSERT INTO benchmarks (indicator_id, period, kind, value, source) VALUES ($indicator, $period, $kind, $value, $source)
            {BenchmarkOnConflict}
            """, "$indicator", "$period", "$kind", "$value", "$source");
        _deleteBenchmark = Prepare("DELETE FROM benchmarks WHERE indicator_id = $indicator AND period = $period AND kind = $kind",
            "$indicator", "$period", "$kind");
        // Once per new indicator: built through Dapper, each was prepared again, which cost more than running it; then
        // Microsoft.Data.Sqlite looked its parameters up by name each time.
        _link = new RawStatement(connection, LinkSql);
        _linkPositions = [_link.PositionOf("@indicatorId"), _link.PositionOf("@committeeId")];
        _updateIndicator = new RawStatement(connection, UpdateIndicatorSql);
        _updatePositions = new[] { "@id", "@ServiceArea", "@Unit", "@Frequency", "@Polarity", "@Owner" }.Select(_updateIndicator.PositionOf).ToArray();
    }

    protected override void LinkCommittee(long indicatorId, long committeeId)
    {
        _link.Bind(_linkPositions[0], indicatorId);
        _link.Bind(_linkPositions[1], committeeId);
        Changes += _link.Execute();
    }

    protected override void UpdateIndicator(long id, IndicatorColumns columns)
    {
        _updateIndicator.Bind(_updatePositions[0], id);
        string?[] values = [columns.ServiceArea, columns.Unit, columns.Frequency, columns.Polarity, columns.Owner];
        for (var i = 0; i < values.Length; i++) _updateIndicator.Bind(_updatePositions[i + 1], values[i]);
        Changes += _updateIndicator.Execute();
    }

    protected override void WriteFigures(long indicatorId, string label, string start, string end, MeasureRow row)
    {
        _upsert.Bind(1, indicatorId);
        _upsert.Bind(2, label);
        _upsert.Bind(3, start);
        _upsert.Bind(4, end);
        _upsert.Bind(5, row.Value);
        _upsert.Bind(6, row.Target);
        _upsert.Bind(7, row.Rag?.ToString());
        _upsert.Bind(8, row.Direction?.ToString());
        _upsert.Bind(9, row.Commentary);
        _upsert.Bind(10, row.Actions);
        _upsert.Bind(11, row.Source);
        var changed = _upsert.Execute();
        Written += changed;
        Changes += changed;
    }

    protected override void WriteBenchmark(long indicatorId, string period, string kind, double? value, string? source)
    {
        if (value is null)
        {
            Run(_deleteBenchmark, indicatorId, period, kind);
            Changes += _deleteBenchmark.ExecuteNonQuery();
        }
        else
        {
            Run(_benchmark, indicatorId, period, kind, value, source);
            Changes += _benchmark.ExecuteNonQuery();
        }
    }

    public override void Finish() { }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = (SqliteCommand)Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = (SqliteTransaction)Transaction;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    public override void Dispose()
    {
        _upsert.Dispose();
        _benchmark.Dispose();
        _deleteBenchmark.Dispose();
        _link.Dispose();
        _updateIndicator.Dispose();
    }
}
