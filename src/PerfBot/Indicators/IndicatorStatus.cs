namespace PerfBot.Indicators;

/// <summary>
/// Where an indicator stands at one period: the figure, what the report said, what the rules compute, and whether the
/// data is current. <see cref="Rag"/> and <see cref="Direction"/> are the report's where it gave them, else computed.
/// </summary>
public sealed record IndicatorStatus(
    Indicator Indicator,
    Measurement? Measurement,
    Measurement? Previous,
    Measurement? LastYear,
    Rag? ComputedRag,
    Direction? ComputedDirection,
    Period? LatestPeriod,
    int PeriodsBehind,
    bool IsStale)
{
    public Rag? Rag => Measurement?.ReportedRag ?? ComputedRag;
    public Direction? Direction => Measurement?.ReportedDirection ?? ComputedDirection;

    public bool RagDisagrees => Measurement?.ReportedRag is { } reported && ComputedRag is { } computed && reported != computed;
    public bool DirectionDisagrees => Measurement?.ReportedDirection is { } reported && ComputedDirection is { } computed && reported != computed;

    /// <summary>The reports' exception rule, only for data that is current.</summary>
    public bool IsException => !IsStale && StatusRules.IsException(Rag, Direction);
}
