using PerfBot.Indicators;

namespace PerfBot.Store.Import;

/// <summary>One valid row of a measures file.</summary>
public sealed record MeasureRow(
    int Row,
    string Indicator,
    string? Code,
    string? ServiceArea,
    string? Committee,
    string? Unit,
    Frequency? Frequency,
    Polarity? Polarity,
    Period Period,
    double Value,
    double? Target,
    Rag? Rag,
    Direction? Direction,
    string? Commentary,
    string? Actions,
    double? BenchmarkEngland,
    double? BenchmarkNeighbours,
    double? BenchmarkGoodPlus,
    string? Owner,
    string? Source);
