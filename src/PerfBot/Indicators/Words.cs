namespace PerfBot.Indicators;

/// <summary>The words the import files and reports use for the domain's values, read leniently and written one way.</summary>
public static class Words
{
    public static bool TryRag(string? text, out Rag rag) => TryMatch(text, out rag, RagWords);

    public static bool TryDirection(string? text, out Direction direction) => TryMatch(text, out direction, DirectionWords);

    public static bool TryPolarity(string? text, out Polarity polarity) => TryMatch(text, out polarity, PolarityWords);

    public static bool TryFrequency(string? text, out Frequency frequency) => TryMatch(text, out frequency, FrequencyWords);

    // Kept once rather than built on every call: every history row an answer reads is matched against two of these.
    private static readonly (string Word, Rag Value)[] RagWords =
        [("red", Rag.Red), ("r", Rag.Red), ("amber", Rag.Amber), ("a", Rag.Amber), ("green", Rag.Green), ("g", Rag.Green)];

    private static readonly (string Word, Direction Value)[] DirectionWords =
    [
        ("improving", Direction.Improving), ("improved", Direction.Improving), ("up", Direction.Improving), ("better", Direction.Improving),
        ("same", Direction.Same), ("no change", Direction.Same), ("unchanged", Direction.Same), ("stable", Direction.Same),
        ("worsening", Direction.Worsening), ("worsened", Direction.Worsening), ("down", Direction.Worsening), ("worse", Direction.Worsening),
    ];

    private static readonly (string Word, Polarity Value)[] PolarityWords =
    [
        ("higher", Polarity.HigherIsBetter), ("higher is better", Polarity.HigherIsBetter), ("high", Polarity.HigherIsBetter),
        ("lower", Polarity.LowerIsBetter), ("lower is better", Polarity.LowerIsBetter), ("low", Polarity.LowerIsBetter),
        ("none", Polarity.None), ("neither", Polarity.None), ("n/a", Polarity.None),
    ];

    private static readonly (string Word, Frequency Value)[] FrequencyWords =
    [
        ("monthly", Frequency.Monthly), ("month", Frequency.Monthly), ("quarterly", Frequency.Quarterly), ("quarter", Frequency.Quarterly),
        ("annual", Frequency.Annual), ("annually", Frequency.Annual), ("yearly", Frequency.Annual),
    ];

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

    private static bool TryMatch<T>(string? text, out T value, (string Word, T Value)[] words)
    {
        value = default!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text.AsSpan().Trim();
        // ASCII text compares case-insensitively in place, as its lower-cased copy would; other text is lower-cased as before.
        var key = System.Text.Ascii.IsValid(trimmed) ? null : text.Trim().ToLowerInvariant();
        foreach (var (word, candidate) in words)
        {
            if (key is null ? !trimmed.Equals(word, StringComparison.OrdinalIgnoreCase) : word != key) continue;
            value = candidate;
            return true;
        }
        return false;
    }
}
