using System.Data.Common;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace PerfBot.Store.Import;

/// <summary>
/// PostgreSQL: rows are held back in batches and sent in the background while the next batch is read
/// (<see cref="ImportPipeline"/>): figures of indicators the import created by binary COPY straight into measurements,
/// the others by binary COPY into a temporary staging table merged into measurements; benchmarks are staged
/// the same way and upserted once at the end — a round trip per row would cost more than the write. The staging
/// tables live in the import's transaction and go with it.
/// </summary>
internal sealed class PostgresMeasureWriter : MeasureWriter
{
    // Large enough that COPY's per-batch cost vanishes, small enough that a million-row file is never all in memory.
    private const int BatchSize = 20_000;
    private readonly NpgsqlConnection _postgres;
    private readonly ImportPipeline _pipeline;
    private readonly IndicatorResolver _indicators;
    private List<(long Indicator, string Label, string Start, string End, MeasureRow Row)> _figures = new(BatchSize);
    private readonly List<(long Indicator, string Period, string Kind, double? Value, string? Source)> _benchmarks = [];
    private readonly List<(long Indicator, long Committee)> _links = [];
    private readonly Dictionary<long, IndicatorColumns> _indicatorColumns = [];

    public PostgresMeasureWriter(NpgsqlConnection connection, DbTransaction transaction, IReadOnlySet<string> columns, ImportPipeline pipeline,
        IndicatorResolver indicators) : base(connection, transaction, columns)
    {
        _postgres = connection;
        _pipeline = pipeline;
        _indicators = indicators;
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

    /// <summary>
    /// The batch's new indicators are written first; then, while the file is read on, the server takes the figures of
    /// indicators this import created straight into measurements (they can have none stored yet, so there is nothing to
    /// merge with) and stages and merges the rest.
    /// </summary>
    private void SendFigures()
    {
        if (_figures.Count == 0) return;
        var fresh = _figures.Where(f => _indicators.IsNew(f.Indicator)).ToList();
        var known = fresh.Count == _figures.Count ? [] : _figures.Where(f => !_indicators.IsNew(f.Indicator)).ToList();
        _figures = new(BatchSize);
        _indicators.Flush();
        _pipeline.InBackground(() =>
        {
            if (fresh.Count > 0) Written += (int)Copy(fresh, "measurements");
            if (known.Count > 0) Merge(known);
        });
    }

    protected override void WriteBenchmark(long indicatorId, string period, string kind, double? value, string? source)
    {
        _benchmarks.Add((indicatorId, period, kind, value, source));
        if (_benchmarks.Count >= BatchSize) SendBenchmarks();
    }

    // Held until Finish, after the import's new indicators are written, and then sent as one statement each.
    protected override void LinkCommittee(long indicatorId, long committeeId) => _links.Add((indicatorId, committeeId));

    /// <summary>One indicator's rows set its columns in turn, each non-empty cell over the last: what they come to is kept.</summary>
    protected override void UpdateIndicator(long id, IndicatorColumns columns) =>
        _indicatorColumns[id] = _indicatorColumns.TryGetValue(id, out var earlier)
            ? new IndicatorColumns(columns.ServiceArea ?? earlier.ServiceArea, columns.Unit ?? earlier.Unit, columns.Frequency ?? earlier.Frequency,
                columns.Polarity ?? earlier.Polarity, columns.Owner ?? earlier.Owner)
            : columns;

    public override void Finish()
    {
        SendFigures();
        _pipeline.Wait();
        SendBenchmarks();
        WriteIndicatorColumns();
        Changes += Connection.Execute("""
            INSERT INTO indicator_committees (indicator_id, committee_id) SELECT * FROM unnest(@indicators, @committees) ON CONFLICT DO NOTHING
            """, new { indicators = _links.Select(l => l.Indicator).ToArray(), committees = _links.Select(l => l.Committee).ToArray() }, Transaction);
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

    private void WriteIndicatorColumns()
    {
        if (_indicatorColumns.Count == 0) return;
        var rows = _indicatorColumns.ToList();
        string?[] Column(Func<IndicatorColumns, string?> of) => rows.Select(r => of(r.Value)).ToArray();
        Changes += Connection.Execute("""
            UPDATE indicators i SET
                service_area = COALESCE(u.service_area, i.service_area), unit = COALESCE(u.unit, i.unit),
                frequency = COALESCE(u.frequency, i.frequency), polarity = COALESCE(u.polarity, i.polarity), owner = COALESCE(u.owner, i.owner)
            FROM unnest(@ids, @areas, @units, @frequencies, @polarities, @owners) AS u(id, service_area, unit, frequency, polarity, owner)
            WHERE i.id = u.id AND (i.service_area IS DISTINCT FROM COALESCE(u.service_area, i.service_area) OR i.unit IS DISTINCT FROM COALESCE(u.unit, i.unit)
                OR i.frequency IS DISTINCT FROM COALESCE(u.frequency, i.frequency) OR i.polarity IS DISTINCT FROM COALESCE(u.polarity, i.polarity)
                OR i.owner IS DISTINCT FROM COALESCE(u.owner, i.owner))
            """, new
        {
            ids = rows.Select(r => r.Key).ToArray(), areas = Column(c => c.ServiceArea), units = Column(c => c.Unit),
            frequencies = Column(c => c.Frequency), polarities = Column(c => c.Polarity), owners = Column(c => c.Owner),
        }, Transaction, commandTimeout: 0);
    }

    /// <summary>
    /// Stages one batch and merges it: new rows inserted, changed ones updated, identical ones left alone, so a re-import
    /// changes nothing. A file names each indicator and period once, so no row is in two batches. Each staged row seeks
    /// its stored one by key: the planner, without statistics for a table filling as it goes, would otherwise hash the
    /// whole of measurements for every batch.
    /// </summary>
    private void Merge(List<(long Indicator, string Label, string Start, string End, MeasureRow Row)> batch)
    {
        Copy(batch, "import_measurements");
        var written = OverwrittenColumns(Columns);
        Written += Connection.Execute($"""
            SET LOCAL enable_hashjoin = off;
            SET LOCAL enable_mergejoin = off;
            MERGE INTO measurements m
            USING import_measurements s ON m.indicator_id = s.indicator_id AND m.period_end = s.period_end AND m.period = s.period
            WHEN MATCHED AND ({string.Join(" OR ", written.Select(c => $"m.{c} IS DISTINCT FROM s.{c}"))})
                THEN UPDATE SET {string.Join(", ", written.Select(c => $"{c} = s.{c}"))}
            WHEN NOT MATCHED THEN INSERT ({MeasurementColumns})
                VALUES ({string.Join(", ", MeasurementColumns.Split(", ").Select(c => $"s.{c}"))});
            TRUNCATE import_measurements;
            SET LOCAL enable_hashjoin TO DEFAULT;
            SET LOCAL enable_mergejoin TO DEFAULT;
            """, transaction: Transaction, commandTimeout: 0);
    }

    /// <summary>A batch's figures by binary COPY into <paramref name="table"/>; the number of rows copied.</summary>
    private ulong Copy(List<(long Indicator, string Label, string Start, string End, MeasureRow Row)> batch, string table)
    {
        using var copy = _postgres.BeginBinaryImport($"COPY {table} ({MeasurementColumns}) FROM STDIN (FORMAT BINARY)");
        foreach (var (indicator, label, start, end, row) in batch)
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
        return copy.Complete();
    }

    private void SendBenchmarks()
    {
        if (_benchmarks.Count == 0) return;
        _pipeline.Wait();
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

    public override void Dispose() { }
}
