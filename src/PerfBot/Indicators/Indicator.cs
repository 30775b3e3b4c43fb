namespace PerfBot.Indicators;

/// <summary>A performance indicator as the council defines it.</summary>
public sealed record Indicator(
    long Id,
    string Code,
    string Name,
    string? ServiceArea,
    string? Unit,
    Frequency? Frequency,
    Polarity Polarity,
    string? PolarityReason,
    string? Owner,
    double? AmberTolerance,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Committees);

/// <summary>A figure for one period, with what the report said of it and where it came from.</summary>
public sealed record Measurement(
    Period Period,
    double? Value,
    double? Target,
    Rag? ReportedRag,
    Direction? ReportedDirection,
    string? Commentary,
    string? Actions,
    string? Source)
{
    /// <summary>The latest correction of each field (value, target) that still holds; empty for a figure never corrected.</summary>
    public IReadOnlyList<FigureCorrection> Corrections { get; init; } = [];

    /// <summary>Who wrote the commentary and actions in Teams, while they still hold; null when they came from a file.</summary>
    public CommentaryAuthor? CommentaryBy { get; init; }

    public FigureCorrection? ValueCorrection => Corrections.FirstOrDefault(c => c.Field == FigureCorrection.Value);
}

public enum BenchmarkKind { England, StatisticalNeighbours, GoodPlus, Region }

/// <summary>A comparator figure: England, statistical neighbours, "Good+" authorities or the region.</summary>
public sealed record Benchmark(Period Period, BenchmarkKind Kind, double Value, string? Source)
{
    public string KindLabel => Kind switch
    {
        BenchmarkKind.England => "England",
        BenchmarkKind.StatisticalNeighbours => "Statistical neighbours",
        BenchmarkKind.GoodPlus => "Good+ authorities",
        _ => "Region",
    };

    public static string StoredKind(BenchmarkKind kind) => kind switch
    {
        BenchmarkKind.England => "england",
        BenchmarkKind.StatisticalNeighbours => "neighbours",
        BenchmarkKind.GoodPlus => "good_plus",
        _ => "region",
    };

    public static BenchmarkKind ParseKind(string stored) => stored switch
    {
        "england" => BenchmarkKind.England,
        "neighbours" => BenchmarkKind.StatisticalNeighbours,
        "good_plus" => BenchmarkKind.GoodPlus,
        _ => BenchmarkKind.Region,
    };
}
