using System.Text;
using PerfBot.Indicators;

namespace PerfBot.Questions;

/// <summary>An answer about one indicator as plain text: its figure first, then what the intent asked for, its data age and source.</summary>
internal static class IndicatorAnswerText
{
    public static string Render(IndicatorAnswer answer)
    {
        var d = answer.Detail;
        var (indicator, status, history) = (d.Indicator, d.Status, d.History);
        var from = From(history, answer.EarlierHeld);
        var text = new StringBuilder();
        text.AppendLine(indicator.Name);
        if (history.Count == 0)
            text.AppendLine("The store holds no figures for this indicator yet.");
        else if (status.Measurement is null)
            text.AppendLine($"No figure is held for {d.AskedPeriod?.Label ?? "that period"}. Figures held{from}: {string.Join(", ", history.Select(h => h.Period.Label))}{(answer.EarlierHeld ? "; earlier ones too" : "")}.");

        switch (answer.Intent)
        {
            case Intent.Status:
                AppendFigure(text, status);
                AppendComparisons(text, status);
                break;
            case Intent.Trend:
                AppendFigure(text, status);
                if (history.Count > 0)
                    text.AppendLine($"History{from}{(answer.EarlierHeld ? " (earlier figures are held too)" : "")}: " + string.Join("; ", history.Select(h => $"{h.Period.Label} {Figures.Value(h.Value, indicator.Unit)}{(h.ReportedRag is { } r ? $" {r}" : "")}")));
                if (d.Chart is null && history.Count > 0) text.AppendLine($"Only {history.Count} figure(s) held{from}, so no trend chart.");
                break;
            case Intent.Compare:
                AppendFigure(text, status);
                // The benchmarks shown are those of the period shown, else every one held: none shown means none held.
                if (d.Benchmarks.Count == 0) text.AppendLine("No benchmarks (England, statistical neighbours, Good+) are held for this indicator.");
                foreach (var b in d.Benchmarks) text.AppendLine($"{b.KindLabel} ({b.Period.Label}): {Figures.Value(b.Value, indicator.Unit)}");
                AppendComparisons(text, status);
                break;
            case Intent.Why:
                AppendFigure(text, status);
                text.AppendLine(status.Measurement?.Commentary is { } commentary
                    ? $"Commentary ({status.Measurement.Period.Label}): {commentary}"
                    : $"The report gives no commentary{ForPeriod(status)}.");
                break;
            case Intent.Actions:
                AppendFigure(text, status);
                if (status.Measurement?.Actions is { } actions) text.AppendLine($"Actions ({status.Measurement.Period.Label}): {actions}");
                else
                {
                    text.AppendLine($"The report lists no actions{ForPeriod(status)}.");
                    if (status.Measurement?.Commentary is { } c) text.AppendLine($"Its commentary: {c}");
                }
                break;
            case Intent.Target:
                AppendFigure(text, status);
                AppendTarget(text, status, indicator);
                break;
            case Intent.Owner:
                text.AppendLine(indicator.Owner is { Length: > 0 } owner ? $"Owner: {owner}." : "No owner is recorded for this indicator in the store.");
                if (indicator.ServiceArea is not null) text.AppendLine($"Service area: {indicator.ServiceArea}.");
                if (indicator.Committees.Count > 0) text.AppendLine($"Scrutinised by: {string.Join("; ", indicator.Committees)}.");
                break;
        }
        if (history.Count > 0) text.AppendLine(Capitalise(d.DataAge) + ".");
        if (status.Measurement?.Source is { } source) text.AppendLine($"Source: {source}");
        return text.ToString().TrimEnd();
    }

    private static string From(IReadOnlyList<Measurement> history, bool earlierHeld) =>
        earlierHeld && history.Count > 0 ? $" from {history[0].Period.Label}" : "";

    private static string ForPeriod(IndicatorStatus status) => status.Measurement is { } m ? $" for {m.Period.Label}" : "";

    private static void AppendFigure(StringBuilder text, IndicatorStatus status)
    {
        if (status.Measurement is not { } m) return;
        var unit = status.Indicator.Unit;
        var line = new StringBuilder($"{m.Period.Label}: {Figures.Value(m.Value, unit)}");
        if (m.Target is { } t) line.Append($" (target {Figures.Value(t, unit)})");
        var rag = status.Rag is { } r ? r.ToString() : null;
        if (rag is not null)
        {
            line.Append($" — {rag}");
            if (status.RagDisagrees) line.Append($" as reported; the RAG rules give {status.ComputedRag}");
        }
        if (status.Direction is { } d) line.Append(rag is null ? $" — {d}" : $", {d}");
        text.AppendLine(line + ".");
    }

    private static void AppendComparisons(StringBuilder text, IndicatorStatus status)
    {
        var unit = status.Indicator.Unit;
        if (status.Previous is { } p) text.AppendLine($"Previous ({p.Period.Label}): {Figures.Value(p.Value, unit)}.");
        if (status.LastYear is { } y) text.AppendLine($"A year earlier ({y.Period.Label}): {Figures.Value(y.Value, unit)}.");
    }

    private static void AppendTarget(StringBuilder text, IndicatorStatus status, Indicator indicator)
    {
        var polarity = indicator.Polarity switch
        {
            Polarity.HigherIsBetter => "higher is better",
            Polarity.LowerIsBetter => "lower is better",
            _ => "no better direction is set",
        };
        text.AppendLine(status.Measurement?.Target is { } target
            ? $"Target{ForPeriod(status)}: {Figures.Value(target, indicator.Unit)} ({polarity}) — {(status.ComputedRag == Rag.Green ? "met" : "not met")}."
            : $"No target is recorded{ForPeriod(status)} ({polarity}).");
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
