using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using PerfBot.Indicators;
using C = PerfBot.Store.Import.MeasureColumns;

namespace PerfBot.Store.Import;

/// <summary>
/// Writes a measures file's rows inside its one transaction: what both engines share — the indicator's own columns,
/// its committee links, the upsert's columns — while each engine writes the figures its fastest way
/// (<see cref="SqliteMeasureWriter"/>, <see cref="PostgresMeasureWriter"/>).
/// </summary>
internal abstract class MeasureWriter(DbConnection connection, DbTransaction transaction, IReadOnlySet<string> columns) : IDisposable
{
    protected DbConnection Connection { get; } = connection;
    protected DbTransaction Transaction { get; } = transaction;
    protected IReadOnlySet<string> Columns { get; } = columns;
    private readonly Dictionary<long, (string?, string?, Frequency?, Polarity?, string?)> _indicatorMetadata = [];
    private readonly HashSet<(long, long)> _committeeLinks = [];

    /// <summary>Rows whose figures were inserted or changed; known once <see cref="Finish"/> has run.</summary>
    public int Written { get; protected set; }

    /// <summary>Every row any statement changed, figures or not: a re-import that changed nothing leaves the store's version alone.</summary>
    public long Changes { get; protected set; }

    /// <param name="indicators">The import's indicators, whose new ones are written before figures that name them.</param>
    public static MeasureWriter For(DbConnection connection, DbTransaction transaction, IReadOnlySet<string> columns, ImportPipeline pipeline, IndicatorResolver indicators) => connection switch
    {
        SqliteConnection sqlite => new SqliteMeasureWriter(sqlite, (SqliteTransaction)transaction, columns),
        NpgsqlConnection postgres => new PostgresMeasureWriter(postgres, transaction, columns, pipeline, indicators),
        _ => throw new NotSupportedException($"No measure writer for {connection.GetType().Name}."),
    };

    /// <param name="newIndicator">The import created the indicator, from the first of its rows written here.</param>
    public void Write(long indicatorId, bool newIndicator, MeasureRow row, StoredPeriod period, IEnumerable<long> committeeIds)
    {
        UpdateIndicatorFrom(indicatorId, newIndicator, row);
        foreach (var committeeId in committeeIds)
            if (_committeeLinks.Add((indicatorId, committeeId)))
                LinkCommittee(indicatorId, committeeId);
        WriteFigures(indicatorId, period.Label, period.Start, period.End, row);
        WriteBenchmark(C.BenchmarkEngland, BenchmarkKind.England, row.BenchmarkEngland, indicatorId, period.Label, row.Source);
        WriteBenchmark(C.BenchmarkNeighbours, BenchmarkKind.StatisticalNeighbours, row.BenchmarkNeighbours, indicatorId, period.Label, row.Source);
        WriteBenchmark(C.BenchmarkGoodPlus, BenchmarkKind.GoodPlus, row.BenchmarkGoodPlus, indicatorId, period.Label, row.Source);
    }

    /// <summary>Links the indicator to a committee it is not yet linked to in this file, unless the store already has the link.</summary>
    protected virtual void LinkCommittee(long indicatorId, long committeeId) =>
        Changes += Connection.Execute(LinkSql, new { indicatorId, committeeId }, Transaction);

    protected const string LinkSql =
        "INSERT INTO indicator_committees (indicator_id, committee_id) VALUES (@indicatorId, @committeeId) ON CONFLICT DO NOTHING";

    /// <summary>A row's indicator columns; a null one leaves the stored value as it is.</summary>
    protected sealed record IndicatorColumns(string? ServiceArea, string? Unit, string? Frequency, string? Polarity, string? Owner);

    /// <summary>Sets the indicator's columns the row gives, where they differ from what is stored.</summary>
    protected virtual void UpdateIndicator(long id, IndicatorColumns columns) =>
        Changes += Connection.Execute(UpdateIndicatorSql, new { id, columns.ServiceArea, columns.Unit, columns.Frequency, columns.Polarity, columns.Owner }, Transaction);

    protected const string UpdateIndicatorSql = """
            UPDATE indicators SET
                service_area = COALESCE(@ServiceArea, service_area),
                unit = COALESCE(@Unit, unit),
                frequency = COALESCE(@Frequency, frequency),
                polarity = COALESCE(@Polarity, polarity),
                owner = COALESCE(@Owner, owner)
            WHERE id = @id AND (service_area IS DISTINCT FROM COALESCE(@ServiceArea, service_area) OR unit IS DISTINCT FROM COALESCE(@Unit, unit)
                OR frequency IS DISTINCT FROM COALESCE(@Frequency, frequency) OR polarity IS DISTINCT FROM COALESCE(@Polarity, polarity)
                OR owner IS DISTINCT FROM COALESCE(@Owner, owner))
            """;

    /// <summary>Upserts the row's figures on (indicator, period end, label), changing only what differs.</summary>
    protected abstract void WriteFigures(long indicatorId, string label, string start, string end, MeasureRow row);

    /// <summary>Sets one benchmark of the row's period, or removes it when the file's cell is empty.</summary>
    protected abstract void WriteBenchmark(long indicatorId, string period, string kind, double? value, string? source);

    /// <summary>Writes whatever is still held back; after it <see cref="Written"/> and <see cref="Changes"/> are final.</summary>
    public abstract void Finish();

    private void WriteBenchmark(string field, BenchmarkKind kind, double? value, long indicatorId, string period, string? source)
    {
        if (Columns.Contains(field)) WriteBenchmark(indicatorId, period, Benchmark.StoredKind(kind), value, source);
    }

    /// <summary>The measurement columns a file's rows overwrite: only those it carries, so a file without targets keeps the stored ones.</summary>
    protected static List<string> OverwrittenColumns(IReadOnlySet<string> columns) => new (string Field, string Column)[]
        {
            (C.Target, "target"), (C.Rag, "reported_rag"), (C.Direction, "reported_direction"),
            (C.Commentary, "commentary"), (C.Actions, "actions"), (C.Source, "source"),
        }.Where(c => columns.Contains(c.Field)).Select(c => c.Column).Prepend("value").ToList();

    /// <summary>The ON CONFLICT clause of a measurements upsert; the WHERE makes an identical row a no-op, so re-imports change nothing.</summary>
    protected static string OnConflictUpdate(IReadOnlySet<string> columns)
    {
        var written = OverwrittenColumns(columns);
        return $"""
            ON CONFLICT (indicator_id, period_end, period) DO UPDATE SET {string.Join(", ", written.Select(c => $"{c} = excluded.{c}"))}
            WHERE {string.Join(" OR ", written.Select(c => $"measurements.{c} IS DISTINCT FROM excluded.{c}"))}
            """;
    }

    protected const string MeasurementColumns = "indicator_id, period, period_start, period_end, value, target, reported_rag, reported_direction, commentary, actions, source";

    protected const string BenchmarkOnConflict = """
        ON CONFLICT (indicator_id, period, kind) DO UPDATE SET value = excluded.value, source = excluded.source
        WHERE benchmarks.value IS DISTINCT FROM excluded.value OR benchmarks.source IS DISTINCT FROM excluded.source
        """;

    /// <summary>A row's indicator columns (service area, unit…) update the indicator once per distinct set of values.</summary>
    private void UpdateIndicatorFrom(long id, bool newIndicator, MeasureRow row)
    {
        var signature = (row.ServiceArea, row.Unit, row.Frequency, row.Polarity, row.Owner);
        var known = _indicatorMetadata.TryGetValue(id, out var applied);
        // A new indicator was created from its first row, with these columns: setting them again would change nothing.
        if (!known && newIndicator)
        {
            _indicatorMetadata[id] = signature;
            return;
        }
        if (row.ServiceArea is null && row.Unit is null && row.Frequency is null && row.Polarity is null && row.Owner is null) return;
        if (known && applied == signature) return;
        _indicatorMetadata[id] = signature;
        UpdateIndicator(id, new IndicatorColumns(row.ServiceArea, row.Unit, row.Frequency is { } f ? Words.Write(f) : null,
            row.Polarity is { } p ? Words.Write(p) : null, row.Owner));
    }

    public abstract void Dispose();
}
