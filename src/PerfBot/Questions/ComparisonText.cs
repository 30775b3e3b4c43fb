using System.Text;
using PerfBot.Indicators;

namespace PerfBot.Questions;

/// <summary>
/// A comparison as plain text, both sides always shown: the figure beside the previous period and the same period a
/// year before, and beside each benchmark held, with the change (absolute and %) and whether it is better or worse.
/// </summary>
internal static class ComparisonText
{
    public static void Append(StringBuilder text, IndicatorDetail d)
    {
        var status = d.Status;
        var indicator = d.Indicator;
        if (status.Measurement is not { Value: { } value } m) return;
        var unit = indicator.Unit;
        var shown = 0;
        foreach (var (label, earlier) in new[] { ("Previous", status.Previous), ("Same period last year", status.LastYear) })
        {
            if (earlier is not { Value: { } then }) continue;
            text.AppendLine($"{label} ({earlier.Period.Label}): {Figures.Value(then, unit)} → {m.Period.Label} {Figures.Value(value, unit)}: {Change.Describe(value, then, indicator.Polarity, unit)}.");
            shown++;
        }
        if (shown == 0) text.AppendLine($"No figure for the period before {m.Period.Label} or a year before it is held, so there is nothing to set it beside.");
        if (d.Benchmarks.Count == 0) text.AppendLine("No benchmarks (England, statistical neighbours, Good+) are held for this indicator.");
        foreach (var b in d.Benchmarks)
        {
            var figure = b.Period == m.Period ? value : d.History.FirstOrDefault(h => h.Period == b.Period)?.Value;
            text.AppendLine(figure is { } f
                ? $"{b.KindLabel} ({b.Period.Label}): {Figures.Value(b.Value, unit)} — ours {Figures.Value(f, unit)}, {Change.Against(f, b.Value, indicator.Polarity, unit)}."
                : $"{b.KindLabel} ({b.Period.Label}): {Figures.Value(b.Value, unit)} (no figure of ours for that period).");
        }
        if (indicator.Polarity == Polarity.None) text.AppendLine("This indicator has no better direction, so changes are not judged better or worse.");
    }

    public static string Pair(ComparisonAnswer answer, Func<IndicatorAnswer, string> one)
    {
        var text = new StringBuilder($"{answer.Sides[0].Detail.Indicator.Name} beside {answer.Sides[1].Detail.Indicator.Name}:\n\n");
        text.AppendLine(string.Join("\n\n", answer.Sides.Select(one)));
        var units = answer.Sides.Select(s => s.Detail.Indicator.Unit ?? "number").Distinct().ToList();
        if (units.Count > 1) text.AppendLine($"\nThey are measured differently ({string.Join(" and ", units)}), so their figures are not directly comparable.");
        return text.ToString().TrimEnd();
    }
}
