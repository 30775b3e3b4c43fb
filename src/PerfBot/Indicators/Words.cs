namespace PerfBot.Indicators;

/// <summary>The words the import files and reports use for the domain's values, read leniently and written one way.</summary>
public static class Words
{
    public static bool TryRag(string? text, out Rag rag) => TryMatch(text, out rag, ("red", Rag.Red), ("r", Rag.Red), ("amber", Rag.Amber), ("a", Rag.Amber), ("green", Rag.Green), ("g", Rag.Green));

    public static bool TryDirection(string? text, out Direction direction) => TryMatch(text, out direction,
        ("improving", Direction.Improving), ("improved", Direction.Improving), ("up", Direction.Improving), ("better", Direction.Improving),
        ("same", Direction.Same), ("no change", Direction.Same), ("unchanged", Direction.Same), ("stable", Direction.Same),
        ("worsening", Direction.Worsening), ("worsened", Direction.Worsening), ("down", Direction.Worsening), ("worse", Direction.Worsening));

    public static bool TryPolarity(string? text, out Polarity polarity) => TryMatch(text, out polarity,
        ("higher", Polarity.HigherIsBetter), ("higher is better", Polarity.HigherIsBetter), ("high", Polarity.HigherIsBetter),
        ("lower", Polarity.LowerIsBetter), ("lower is better", Polarity.LowerIsBetter), ("low", Polarity.LowerIsBetter),
        ("none", Polarity.None), ("neither", Polarity.None), ("n/a", Polarity.None));

    public static bool TryFrequency(string? text, out Frequency frequency) => TryMatch(text, out frequency,
        ("monthly", Frequency.Monthly), ("month", Frequency.Monthly), ("quarterly", Frequency.Quarterly), ("quarter", Frequency.Quarterly),
        ("annual", Frequency.Annual), ("annually", Frequency.Annual), ("yearly", Frequency.Annual));

    public static string Write(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => "higher",
        Polarity.LowerIsBetter => "lower",
        _ => "none",
    };

    public static string Write(Frequency frequency) => frequency.ToString().ToLowerInvariant();

    public static PeriodKind PeriodKindOf(Frequency frequency) => frequency switch
    {
        Frequency.Monthly => PeriodKind.Month,
        Frequency.Quarterly => PeriodKind.Quarter,
        _ => PeriodKind.FinancialYear,
    };

    private static bool TryMatch<T>(string? text, out T value, params (string Word, T Value)[] words)
    {
        value = default!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var key = text.Trim().ToLowerInvariant();
        foreach (var (word, candidate) in words)
        {
            if (word != key) continue;
            value = candidate;
            return true;
        }
        return false;
    }
}
