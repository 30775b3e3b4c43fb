namespace PerfBot.Indicators;

/// <summary>The RAG, direction of travel and exception rules of council performance reports.</summary>
public static class StatusRules
{
    /// <summary>Within 10% of target is Amber unless an indicator sets its own tolerance: a common council convention.</summary>
    public const double DefaultAmberTolerance = 0.10;

    /// <summary>
    /// Green when the value meets the target; Amber when it misses by no more than the tolerance (a fraction of the
    /// target); Red beyond. Nothing when there is no target or no better direction.
    /// </summary>
    public static Rag? ComputeRag(double? value, double? target, Polarity polarity, double? amberTolerance = null)
    {
        if (value is not { } v || target is not { } t || polarity == Polarity.None) return null;
        var shortfall = polarity == Polarity.HigherIsBetter ? t - v : v - t;
        if (shortfall <= 0) return Rag.Green;
        var band = Math.Abs(t) * (amberTolerance ?? DefaultAmberTolerance);
        return shortfall <= band + Epsilon(t) ? Rag.Amber : Rag.Red;
    }

    /// <summary>Improving when the value moved the better way since the previous period; Worsening the other way.</summary>
    public static Direction? ComputeDirection(double? value, double? previous, Polarity polarity)
    {
        if (value is not { } v || previous is not { } p || polarity == Polarity.None) return null;
        if (Math.Abs(v - p) <= Epsilon(p)) return Direction.Same;
        var rose = v > p;
        return rose == (polarity == Polarity.HigherIsBetter) ? Direction.Improving : Direction.Worsening;
    }

    /// <summary>The reports' exception rule: Red, or Amber and Worsening.</summary>
    public static bool IsException(Rag? rag, Direction? direction) =>
        rag == Rag.Red || (rag == Rag.Amber && direction == Direction.Worsening);

    // Published figures carry two decimals at most; differences below that are rounding, not movement.
    private static double Epsilon(double scale) => Math.Max(1e-9, Math.Abs(scale) * 1e-12);
}
