using System.Text;

namespace PerfBot.Store.Import;

/// <summary>
/// A preview in plain words: what <c>perfbot import --dry-run</c> prints, and the text of the preview card in Teams (its
/// notification and fallback). The card shows the first entries of each list; this shows every entry the preview keeps.
/// </summary>
public static class ImportPreviewText
{
    public static string Write(ImportPreview p, int listed = ImportPreview.Listed)
    {
        var text = new StringBuilder();
        if (p.HasProblems)
        {
            text.AppendLine($"{p.File} cannot be imported: {Count(p.Problems.Count, "problem")}. Nothing was written; fix the file and send it again.");
            foreach (var problem in p.Problems.Take(listed)) text.AppendLine($"- {problem}");
            More(text, p.Problems.Count, listed);
            return text.ToString().TrimEnd();
        }
        text.AppendLine(Headline(p));
        Section(text, "New indicators", p.NewIndicatorCount, p.NewIndicators, listed, n => n);
        Section(text, "Corrected figures", p.CorrectionCount, p.Corrections, listed,
            c => $"{c.Indicator}, {c.Period} (row {c.Row}): {string.Join("; ", c.Changes.Select(Change))}");
        Section(text, "New figures", p.NewFigureCount, p.NewFigures, listed, f => $"{f.Indicator}, {f.Period}: {f.Value}");
        Section(text, "Other details changed", p.UpdateCount, p.Updates, listed, u => $"{u.Indicator}, {u.Period} (row {u.Row}): {string.Join(", ", u.Fields)}");
        if (p.Unchanged > 0) text.AppendLine($"{Count(p.Unchanged, "row")} unchanged.");
        if (p.OtherChanges > 0) text.AppendLine($"{Count(p.OtherChanges, "other change")} (benchmarks, indicator details, committee links).");
        return text.ToString().TrimEnd();
    }

    /// <summary>"q2.csv: 120 rows — 3 new figures, 1 corrected, 116 unchanged."</summary>
    public static string Headline(ImportPreview p)
    {
        if (!p.CanImport) return $"{p.File}: {Count(p.Rows, "row")}, all as the store already holds them. Nothing to import.";
        var parts = new List<string>();
        if (p.NewFigureCount > 0) parts.Add(Count(p.NewFigureCount, "new figure"));
        if (p.CorrectionCount > 0) parts.Add($"{p.CorrectionCount} corrected");
        if (p.UpdateCount > 0) parts.Add($"{p.UpdateCount} with other details changed");
        if (p.NewIndicatorCount > 0) parts.Add(Count(p.NewIndicatorCount, "new indicator"));
        if (p.Unchanged > 0) parts.Add($"{p.Unchanged} unchanged");
        if (parts.Count == 0) parts.Add(Count(p.OtherChanges, "other change"));
        return $"{p.File}: {Count(p.Rows, "row")} — {string.Join(", ", parts)}.";
    }

    public static string Change(FieldChange c) => $"{c.Field} {c.Was} → {c.Now}";

    private static void Section<T>(StringBuilder text, string title, long count, IReadOnlyList<T> items, int listed, Func<T, string> line)
    {
        if (count == 0) return;
        text.AppendLine($"{title} ({count}):");
        foreach (var item in items.Take(listed)) text.AppendLine($"- {line(item)}");
        More(text, count, Math.Min(listed, items.Count));
    }

    private static void More(StringBuilder text, long count, int shown)
    {
        if (count > shown) text.AppendLine($"- … and {count - shown} more.");
    }

    private static string Count(long n, string noun) => $"{n.ToString("#,0", Council.CouncilCulture.English)} {noun}{(n == 1 ? "" : "s")}";
}
