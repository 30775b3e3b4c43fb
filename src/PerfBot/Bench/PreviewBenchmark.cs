using System.Globalization;
using System.Text;
using Dapper;
using PerfBot.Audit;
using PerfBot.Store;
using PerfBot.Store.Import;

namespace PerfBot.Bench;

/// <summary>
/// An officer's monthly file on the synthetic council, as an upload handles it: a preview (the import run and rolled
/// back), the import that must come to the same fingerprint, and the preview of the same file again (all unchanged).
/// Nine rows in ten are next month's figures, one in ten corrects the latest.
/// </summary>
public static class PreviewBenchmark
{
    /// <param name="PreviewCpuMs">The preview's CPU time in this process: the better guide on a shared machine.</param>
    public sealed record Result(int Rows, int NewFigures, int Corrections, double FileKb, double PreviewMs, double PreviewCpuMs, double ImportMs, double UnchangedPreviewMs);

    public static Result Run(Database store, string folder, int rows = 10_000)
    {
        using var connection = store.Open();
        var latest = connection.Query<(string Name, string Period, double? Value)>("""
            SELECT i.name, m.period, m.value FROM indicators i JOIN measurements m ON m.indicator_id = i.id
            WHERE m.period_end = (SELECT max(x.period_end) FROM measurements x WHERE x.indicator_id = i.id)
            ORDER BY i.id LIMIT @rows
            """, new { rows }).ToList();
        var csv = Path.Combine(folder, "officer-month.csv");
        var text = new StringBuilder("indicator,period,value\n");
        for (var i = 0; i < latest.Count; i++)
        {
            var (name, period, value) = latest[i];
            var correcting = i % 10 == 0;
            var label = correcting ? period : PerfBot.Indicators.Period.Parse(period).Next().Label;
            text.Append('"').Append(name.Replace("\"", "\"\"")).Append("\",").Append(label).Append(',')
                .Append(Math.Round((value ?? 0) + (correcting ? 1 : 0.5), 2).ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        File.WriteAllText(csv, text.ToString());

        var importer = new AuditedImport(store, new AuditLog(store));
        var by = new ImportProvenance(ImportProvenance.Upload, "bench", "perfbot bench", TimeProvider.System.GetUtcNow());
        ImportPreview preview = null!;
        var cpu = Measure.CpuMs();
        var previewMs = Measure.Time(() => preview = importer.Run(csv, new ImportRun(by) { DryRun = true }).Preview);
        var previewCpuMs = Measure.CpuMs() - cpu;
        ImportOutcome imported = null!;
        var importMs = Measure.Time(() => imported = importer.Run(csv, new ImportRun(by) { BeforeCommit = (_, _, p) => p.Fingerprint == preview.Fingerprint }));
        if (!imported.Committed) throw new InvalidOperationException("The import did not come to the preview it was shown.");
        var againMs = Measure.Time(() => importer.Run(csv, new ImportRun(by) { DryRun = true }));
        return new Result(latest.Count, preview.NewFigureCount, preview.CorrectionCount, Math.Round(new FileInfo(csv).Length / 1024.0, 1),
            Math.Round(previewMs, 1), Math.Round(previewCpuMs), Math.Round(importMs, 1), Math.Round(againMs, 1));
    }
}
