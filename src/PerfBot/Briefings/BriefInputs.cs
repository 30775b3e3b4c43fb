using PerfBot.Committees;
using PerfBot.Indicators;

namespace PerfBot.Briefings;

/// <summary>One indicator with everything stored about it.</summary>
public sealed record IndicatorHistory(Indicator Indicator, IReadOnlyList<Measurement> Measurements, IReadOnlyList<Benchmark> Benchmarks);

/// <summary>What a brief is composed from, read from the store beforehand so composition does no I/O.</summary>
/// <param name="Indicators">The committee's indicators only.</param>
/// <param name="ComposedOn">The day the brief is as of: only periods that ended by then count.</param>
public sealed record BriefInputs(
    Committee Committee,
    Meeting Meeting,
    DateOnly ComposedOn,
    IReadOnlyList<IndicatorHistory> Indicators,
    IReadOnlyList<StrategicRisk> Risks,
    IReadOnlyList<ForwardPlanItem> ForwardPlan);
