using System.Data.Common;
using Dapper;
using PerfBot.Indicators;
using C = PerfBot.Store.Import.MeasureColumns;

namespace PerfBot.Store.Import;

/// <summary>
/// Stands between the rows of a measures file and the writer: rows are held in batches, each batch's stored figures are
/// read by key (only for indicators that existed before the import: a new indicator has none), every row is classed as
/// new, corrected, updated or unchanged, each correction is recorded with who, when and which file, and then the rows go
/// to the writer. Classing happens before the writer touches the batch, on either engine, so it sees the store as it was.
/// </summary>
internal sealed class ChangeTracker(DbConnection connection, DbTransaction transaction, MeasureWriter writer, IReadOnlySet<string> columns,
    ImportProvenance by, string file, string sha256, PreviewBuilder preview, ImportPipeline pipeline) : IDisposable
{
    private readonly StoredFigures figures = StoredFigures.For(connection, transaction);

    public void Dispose() => figures.Dispose();

    // Rows classed and written together: few round trips to PostgreSQL for a large file, little held in memory.
    private const int BatchSize = 2_000;

    private sealed record Pending(long IndicatorId, bool NewIndicator, MeasureRow Row, StoredPeriod Period, IReadOnlyList<long> CommitteeIds);

    private readonly List<Pending> _pending = new(BatchSize);
    private readonly List<object> _corrections = [];

    public void Add(long indicatorId, bool newIndicator, MeasureRow row, StoredPeriod period, IReadOnlyList<long> committeeIds)
    {
        _pending.Add(new Pending(indicatorId, newIndicator, row, period, committeeIds));
        if (_pending.Count >= BatchSize) Flush();
    }

    public void Flush()
    {
        if (_pending.Count == 0) return;
        // The connection may be merging an earlier batch in the background; a file names each indicator and period
        // once, so that batch holds none of these rows' figures. Only a read needs the connection: rows of indicators
        // this import created have nothing stored, so a first import's batches never wait here and the server merges
        // one batch while the next is read and checked.
        var known = _pending.Where(p => !p.NewIndicator).Select(p => (p.IndicatorId, p.Period.End, p.Period.Label)).ToList();
        if (known.Count > 0) pipeline.Wait();
        var stored = known.Count > 0 ? figures.Read(known) : [];
        foreach (var p in _pending)
        {
            Class(p, stored.GetValueOrDefault((p.IndicatorId, p.Period.Label)));
            writer.Write(p.IndicatorId, p.NewIndicator, p.Row, p.Period, p.CommitteeIds);
        }
        if (_corrections.Count > 0)
        {
            pipeline.Wait();
            connection.Execute("""
                INSERT INTO measurement_corrections (indicator_id, period, field, previous_value, new_value, corrected_at, corrected_by,
                                                     corrected_by_id, route, file_name, file_sha256, run_id)
                VALUES (@IndicatorId, @Period, @Field, @Previous, @Now, @At, @ByName, @ById, @Route, @File, @Sha256, @RunId)
                """, _corrections, transaction);
        }
        _corrections.Clear();
        _pending.Clear();
    }

    private void Class(Pending p, StoredFigure? s)
    {
        var row = p.Row;
        var name = s?.Name ?? row.Indicator.Trim();
        var unit = row.Unit ?? s?.Unit;
        if (s is not { Held: true })
        {
            preview.NewFigure(new PreviewFigure(row.Row, name, p.Period.Label, Figures.Value(row.Value, unit)), p.IndicatorId);
            return;
        }
        var changes = new List<FieldChange>();
        if (s.Value != row.Value) Correct(p, FigureCorrection.Value, s.Value, row.Value, unit, changes);
        if (columns.Contains(C.Target) && s.Target != row.Target) Correct(p, FigureCorrection.Target, s.Target, row.Target, unit, changes);
        if (changes.Count > 0)
        {
            preview.Correction(new PreviewCorrection(row.Row, name, p.Period.Label, changes), p.IndicatorId);
            return;
        }
        var updated = new List<string>();
        Compare(C.Rag, "RAG", s.Rag, row.Rag?.ToString(), updated);
        Compare(C.Direction, "direction", s.Direction, row.Direction?.ToString(), updated);
        Compare(C.Commentary, "commentary", s.Commentary, row.Commentary, updated);
        Compare(C.Actions, "actions", s.Actions, row.Actions, updated);
        Compare(C.Source, "source", s.Source, row.Source, updated);
        if (updated.Count > 0) preview.Update(new PreviewUpdate(row.Row, name, p.Period.Label, updated), p.IndicatorId);
        else preview.Unchanged(row.Row, p.IndicatorId, p.Period.Label);
    }

    private void Correct(Pending p, string field, double? was, double? now, string? unit, List<FieldChange> changes)
    {
        changes.Add(new FieldChange(field, Figures.Value(was, unit), Figures.Value(now, unit)));
        _corrections.Add(new
        {
            p.IndicatorId, Period = p.Period.Label, Field = field, Previous = was, Now = now, At = StoredTime.Of(by.At), ByName = by.ActorName,
            ById = by.ActorId, by.Route, File = file, Sha256 = sha256, by.RunId,
        });
    }

    private void Compare(string column, string label, string? stored, string? written, List<string> updated)
    {
        if (columns.Contains(column) && !string.Equals(stored, written, StringComparison.Ordinal)) updated.Add(label);
    }
}
