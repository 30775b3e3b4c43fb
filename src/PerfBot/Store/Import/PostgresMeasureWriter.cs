using System.Data.Common;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace PerfBot.Store.Import;

/// <summary>
/// PostgreSQL: rows are held back in batches and sent with binary COPY into temporary staging tables, then merged into
/// measurements (one MERGE) and benchmarks (one upsert) — a round trip per row would cost more than the write.
/// The staging tables live in the import's transaction and go with it.
/// </summary>
internal sealed class PostgresMeasureWriter : MeasureWriter
{
    // Large enough that COPY's per-batch cost vanishes, small enough that a million-row file is never all in memory.
    private const int BatchSize = 20_000;
    private readonly NpgsqlConnection _postgres;
    private readonly List<(long Indicator, string Label, string Start, string End, MeasureRow Row)> _figures = new(BatchSize);
    private readonly List<(long Indicator, string Period, string Kind, double? Value, string? Source)> _benchmarks = [];

    public PostgresMeasureWriter(NpgsqlConnection connection, DbTransaction transaction, IReadOnlySet<string> columns) : base(connection, transaction, columns)
    {
        _postgres = connection;
        connection.Execute("""
            CREATE TEMP TABLE import_measurements (
                indicator_id BIGINT, period TEXT, period_start TEXT, period_end TEXT, value DOUBLE PRECISION, target DOUBLE PRECISION,
                reported_rag TEXT, reported_direction TEXT, commentary TEXT, actions TEXT, source TEXT) ON COMMIT DROP;
            CREATE TEMP TABLE import_benchmarks (
                indicator_id BIGINT, period TEXT, kind TEXT, value DOUBLE PRECISION, source TEXT) ON COMMIT DROP;
            """, transaction: transaction);
    }

    protected override void WriteFigures(long indicatorId, string label, string start, string end, MeasureRow row)
    {
        _figures.Add((indicatorId, label, start, end, row));
        if (_figures.Count >= BatchSize) SendFigures();
    }

    protected override void WriteBenchmark(long indicatorId, string period, string kind, double? value, string? source)
    {
        _benchmarks.Add((indicatorId, period, kind, value, source));
        if (_benchmarks.Count >= BatchSize) SendBenchmarks();
    }

    public override void Finish()
    {
        SendFigures();
        SendBenchmarks();
        // MERGE joins the staged rows with the stored ones once, where an upsert would probe the key row by row: new rows are
        // inserted, changed ones updated, identical ones left alone, so a re-import changes nothing.
        var written = OverwrittenColumns(Columns);
        Written = Connection.Execute($"""
            MERGE INTO measurements m
            USING import_measurements s ON m.indicator_id = s.indicator_id AND m.period_end = s.period_end AND m.period = s.period
            WHEN MATCHED AND ({string.Join(" OR ", written.Select(c => $"m.{c} IS DISTINCT FROM s.{c}"))})
                THEN UPDATE SET {string.Join(", ", written.Select(c => $"{c} = s.{c}"))}
            WHEN NOT MATCHED THEN INSERT ({MeasurementColumns})
                VALUES ({string.Join(", ", MeasurementColumns.Split(", ").Select(c => $"s.{c}"))})
            """, transaction: Transaction, commandTimeout: 0);
        // A large import changes the table's statistics; without fresh ones the planner reads every measurement for a digest.
        if (Written > 10_000) Connection.Execute("ANALYZE measurements", transaction: Transaction, commandTimeout: 0);
        Changes += Written;
        Changes += Connection.Execute("""
            DELETE FROM benchmarks b USING import_benchmarks s
            WHERE s.value IS NULL AND b.indicator_id = s.indicator_id AND b.period = s.period AND b.kind = s.kind
            """, transaction: Transaction, commandTimeout: 0);
        Changes += Connection.Execute($"""
            INSERT INTO benchmarks (indicator_id, period, kind, value, source)
            SELECT indicator_id, period, kind, value, source FROM import_benchmarks WHERE value IS NOT NULL
            {BenchmarkOnConflict}
            """, transaction: Transaction, commandTimeout: 0);
    }

    private void SendFigures()
    {
        if (_figures.Count == 0) return;
        using (var copy = _postgres.BeginBinaryImport($"COPY import_measurements ({MeasurementColumns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (indicator, label, start, end, row) in _figures)
            {
                copy.StartRow();
                copy.Write(indicator, NpgsqlDbType.Bigint);
                copy.Write(label, NpgsqlDbType.Text);
                copy.Write(start, NpgsqlDbType.Text);
                copy.Write(end, NpgsqlDbType.Text);
                Write(copy, row.Value);
                Write(copy, row.Target);
                Write(copy, row.Rag?.ToString());
                Write(copy, row.Direction?.ToString());
                Write(copy, row.Commentary);
                Write(copy, row.Actions);
                Write(copy, row.Source);
            }
            copy.Complete();
        }
        _figures.Clear();
    }

    private void SendBenchmarks()
    {
        if (_benchmarks.Count == 0) return;
        using (var copy = _postgres.BeginBinaryImport("COPY import_benchmarks (indicator_id, period, kind, value, source) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (indicator, period, kind, value, source) in _benchmarks)
            {
                copy.StartRow();
                copy.Write(indicator, NpgsqlDbType.Bigint);
                copy.Write(period, NpgsqlDbType.Text);
                copy.Write(kind, NpgsqlDbType.Text);
                Write(copy, value);
                Write(copy, source);
            }
            copy.Complete();
        }
        _benchmarks.Clear();
    }

    private static void Write(NpgsqlBinaryImporter copy, double? value)
    {
        if (value is { } v) copy.Write(v, NpgsqlDbType.Double);
        else copy.WriteNull();
    }

    private static void Write(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null) copy.WriteNull();
        else copy.Write(value, NpgsqlDbType.Text);
    }

    protected override void DisposeStatements() { }
}
