using System.Data.Common;
using Dapper;
using PerfBot.Indicators;
using PerfBot.Store;
using PerfBot.Store.Import;

namespace PerfBot.Audit;

/// <summary>
/// A measures import with its audit trail: the import and each correction it made are written in the import's own
/// transaction, so they exist exactly when the change does; a file refused for its problems is recorded as refused.
/// Every route that imports (an upload, a workbook sync, the command line) comes through here.
/// </summary>
public sealed class AuditedImport(Database database, AuditLog audit)
{
    public ImportOutcome Run(string path, ImportRun run)
    {
        var outcome = MeasureImporter.Run(database, path, run with
        {
            BeforeCommit = (connection, transaction, preview) =>
            {
                if (run.BeforeCommit is { } check && !check(connection, transaction, preview)) return false;
                if (!run.DryRun) Record(connection, transaction, preview, run.By);
                return true;
            },
        });
        if (!run.DryRun && outcome.Claimed && outcome.Preview.HasProblems)
            audit.Write(Entry(run.By, AuditActions.Import, AuditOutcomes.Refused, outcome.Preview, 0,
                $"Refused: {outcome.Preview.Problems.Count} problem(s), the first {outcome.Preview.Problems[0]}."));
        return outcome;
    }

    private void Record(DbConnection connection, DbTransaction transaction, ImportPreview preview, ImportProvenance by)
    {
        var entries = new List<AuditEntry>
        {
            Entry(by, AuditActions.Import, preview.Changes > 0 ? AuditOutcomes.Applied : AuditOutcomes.Unchanged, preview, preview.Changes, Describe(preview)),
        };
        // Every correction, not only the ones the preview lists: the table the import wrote holds them all.
        var corrections = connection.Query<(string Name, string? Unit, string Period, string Field, double? Previous, double? New)>("""
            SELECT i.name, i.unit, k.period, k.field, k.previous_value, k.new_value
            FROM measurement_corrections k JOIN indicators i ON i.id = k.indicator_id
            WHERE k.run_id = @RunId ORDER BY k.id
            """, new { by.RunId }, transaction);
        entries.AddRange(corrections.Select(c => Entry(by, AuditActions.Correction, AuditOutcomes.Applied, preview, 1,
            $"{c.Field} {Figures.Value(c.Previous, c.Unit)} → {Figures.Value(c.New, c.Unit)}") with { Subject = $"{c.Name}, {c.Period}" }));
        audit.Write(entries, connection, transaction);
    }

    private static AuditEntry Entry(ImportProvenance by, string action, string outcome, ImportPreview preview, long rows, string detail) =>
        new(by.At, action, by.Route, outcome, by.ActorId, by.ActorName, preview.File, preview.Sha256, rows, Detail: detail, RunId: by.RunId);

    public static string Describe(ImportPreview p) =>
        $"{p.Rows} row(s): {p.NewFigureCount} new figure(s), {p.CorrectionCount} corrected, {p.UpdateCount} updated, {p.Unchanged} unchanged; " +
        $"{p.NewIndicatorCount} new indicator(s); {p.OtherChanges} other change(s).";
}
