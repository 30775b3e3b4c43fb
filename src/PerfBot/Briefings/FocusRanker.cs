using System.Globalization;
using PerfBot.Indicators;

namespace PerfBot.Briefings;

/// <summary>
/// Suggests areas of focus: the exceptions furthest from target and deteriorating fastest, each with its reason in
/// stored facts. The score is a simple sum a chair can follow — relative gap to target, plus relative worsening since
/// the previous figure, plus small weights for being Red, reported as worsening, and Red for several figures running.
/// </summary>
public static class FocusRanker
{
    public const int DefaultCount = 3;

    public static IReadOnlyList<FocusArea> Rank(IEnumerable<(BriefItem Item, IndicatorStatus Status)> exceptions, int count = DefaultCount) =>
        exceptions.Select(e => Assess(e.Item, e.Status))
            .OrderByDescending(f => f.Score).ThenBy(f => f.Name, StringComparer.Ordinal)
            .Take(count).ToList();

    public static FocusArea Assess(BriefItem item, IndicatorStatus status)
    {
        var parts = new List<string>();
        var score = 0.0;
        var polarity = status.Indicator.Polarity;

        if (item.Value is { } v && item.Target is { } t && t != 0 && polarity != Polarity.None)
        {
            var shortfall = (polarity == Polarity.HigherIsBetter ? t - v : v - t) / Math.Abs(t);
            if (shortfall > 0)
            {
                score += shortfall;
                parts.Add($"{item.ValueText} at {item.Period} against a target of {item.TargetText} ({Gap(v, t, item.Unit)})");
            }
        }

        if (status.Direction == Direction.Worsening)
        {
            score += 0.1;
            if (status.Previous is { Value: { } p } previous && item.Value is { } value && p != 0 && polarity != Polarity.None)
            {
                var worse = Math.Abs(value - p) / Math.Abs(p);
                score += worse;
                parts.Add($"worsened from {Figures.Value(p, item.Unit)} at {previous.Period.Label} to {item.ValueText} at {item.Period}");
            }
            else
            {
                parts.Add($"rated {item.Rag} and Worsening at {item.Period} ({item.ValueText}){(item.DirectionSource == "reported" ? ", as reported" : "")}");
            }
        }
        else if (parts.Count == 0)
        {
            parts.Add($"rated {item.Rag} at {item.Period} ({item.ValueText}){(item.RagSource == "reported" ? ", as reported" : "")}");
        }

        if (item.Rag == Rag.Red) score += 0.25;
        if (item.RedRun.Count >= 2)
        {
            score += 0.05 * (item.RedRun.Count - 1);
            parts.Add($"Red at each of its last {Wording.Number(item.RedRun.Count)} figures ({Wording.List(item.RedRun)})");
        }
        var reason = string.Join("; ", parts);
        return new FocusArea(item.Code, item.Name, char.ToUpper(reason[0], CultureInfo.InvariantCulture) + reason[1..] + ".", Math.Round(score, 4));
    }

    /// <summary>The gap in the indicator's own unit: "14.71 percentage points above target", "15 below target".</summary>
    private static string Gap(double value, double target, string? unit)
    {
        var side = value > target ? "above" : "below";
        var size = Math.Round(Math.Abs(value - target), 2);
        return unit == "%" ? $"{Figures.Number(size)} percentage points {side} target" : $"{Figures.Value(size, unit)} {side} target";
    }
}
