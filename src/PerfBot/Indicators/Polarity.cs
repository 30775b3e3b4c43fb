namespace PerfBot.Indicators;

/// <summary>Which way is better for an indicator.</summary>
public enum Polarity
{
    /// <summary>Neither: a demand or volume count, where no RAG or direction can be computed.</summary>
    None,
    HigherIsBetter,
    LowerIsBetter,
}
