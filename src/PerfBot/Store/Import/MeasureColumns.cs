namespace PerfBot.Store.Import;

/// <summary>The columns of a measures import file. Headers match case-insensitively; spaces and hyphens count as underscores.</summary>
public static class MeasureColumns
{
    public const string Indicator = "indicator", Code = "code", ServiceArea = "service_area", Committee = "committee",
        Unit = "unit", Frequency = "frequency", Polarity = "polarity", Period = "period", Value = "value", Target = "target",
        Rag = "rag", Direction = "direction", Commentary = "commentary", Actions = "actions",
        BenchmarkEngland = "benchmark_england", BenchmarkNeighbours = "benchmark_neighbours", BenchmarkGoodPlus = "benchmark_good_plus",
        Owner = "owner", Source = "source";

    public static readonly IReadOnlyList<string> All =
    [
        Indicator, Code, ServiceArea, Committee, Unit, Frequency, Polarity, Period, Value, Target, Rag, Direction,
        Commentary, Actions, BenchmarkEngland, BenchmarkNeighbours, BenchmarkGoodPlus, Owner, Source,
    ];

    public static readonly IReadOnlyList<string> Required = [Indicator, Period, Value];

    public static string Normalise(string header) =>
        string.Join('_', header.Trim().ToLowerInvariant().Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
