using PerfBot.Indicators;

namespace PerfBot.Questions;

/// <summary>
/// How one figure stands against another: the change, absolute and as a percentage, and whether that is better or
/// worse by the indicator's polarity ("+12 (+6.2%), better"). Percentages change in percentage points.
/// </summary>
public static class Change
{
    public static string Describe(double now, double then, Polarity polarity, string? unit)
    {
        var difference = Math.Round(now - then, 2);
        if (difference == 0) return "no change";
        var sign = difference > 0 ? "+" : "−";
        var size = Math.Abs(difference);
        var absolute = unit == "%" ? $"{sign}{Figures.Number(size)} percentage points" : $"{sign}{Figures.Value(size, unit)}";
        var relative = then == 0 ? "" : $" ({sign}{Figures.Number(Math.Round(Math.Abs(difference / then) * 100, 1))}%)";
        return $"{absolute}{relative}{Judgement(difference, polarity)}";
    }

    /// <summary>How a figure stands against a comparator's: above or below it, and whether that is better by polarity.</summary>
    public static string Against(double value, double comparator, Polarity polarity, string? unit)
    {
        var difference = Math.Round(value - comparator, 2);
        if (difference == 0) return "level with it";
        var size = Math.Abs(difference);
        var gap = unit == "%" ? $"{Figures.Number(size)} percentage points" : Figures.Value(size, unit);
        return $"{gap} {(difference > 0 ? "above" : "below")}{Judgement(difference, polarity)}";
    }

    /// <summary>Whether a figure this far from another is better, by polarity; null when the indicator has none.</summary>
    public static bool? IsBetter(double difference, Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => difference > 0,
        Polarity.LowerIsBetter => difference < 0,
        _ => null,
    };

    private static string Judgement(double difference, Polarity polarity) => IsBetter(difference, polarity) switch
    {
        true => ", better",
        false => ", worse",
        null => "",
    };
}
