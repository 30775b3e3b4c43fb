using PerfBot.Charts;
using PerfBot.Indicators;

namespace PerfBot.Questions;

/// <summary>One indicator at one period. <see cref="Rag"/> and <see cref="Direction"/> are the report's where it gave them, else computed.</summary>
public sealed record IndicatorLine(
    string Code,
    string Name,
    string? ServiceArea,
    string? Period,
    double? Value,
    string? Unit,
    double? Target,
    Rag? Rag,
    Direction? Direction,
    Rag? ComputedRag,
    bool RagDisagrees,
    bool IsStale,
    string? LatestPeriod,
    string? Source)
{
    /// <summary>How the figure stands against what a list compared it with ("England 45%: 0.22 percentage points above, worse").</summary>
    public string? Comparison { get; init; }

    /// <summary>What the council calls it for short (its first alias), for buttons; its name when it has none.</summary>
    public string ShortName { get; init; } = Name;

    public static IndicatorLine From(IndicatorStatus status) => new(
        status.Indicator.Code, status.Indicator.Name, status.Indicator.ServiceArea, status.Measurement?.Period.Label,
        status.Measurement?.Value, status.Indicator.Unit, status.Measurement?.Target, status.Rag, status.Direction, status.ComputedRag,
        status.RagDisagrees, status.IsStale, status.LatestPeriod?.Label, status.Measurement?.Source) { ShortName = ShortOf(status.Indicator) };

    private static string ShortOf(Indicator indicator) => indicator.Aliases.FirstOrDefault() ?? indicator.Name;

    /// <summary>A choice offered without figures: the user has not yet said which indicator they meant.</summary>
    public static IndicatorLine Choice(Indicator indicator) => new(
        indicator.Code, indicator.Name, indicator.ServiceArea, null, null, indicator.Unit, null, null, null, null, false, false, null, null) { ShortName = ShortOf(indicator) };
}

/// <summary>Everything about one indicator a card shows.</summary>
/// <param name="AskedPeriod">The period the question asked for, resolved; null for "latest".</param>
/// <param name="Status">The indicator at that period (its Measurement is null when the store holds no figure for it).</param>
/// <param name="History">Every stored figure, oldest first.</param>
/// <param name="Benchmarks">Comparator figures for the period shown, else every one held.</param>
/// <param name="DataAge">"latest data Q2 2025/26 — over a year old", in plain words.</param>
/// <param name="Chart">The trend, when there are three or more figures; render with <see cref="TrendChart.Render"/>.</param>
public sealed record IndicatorDetail(
    Indicator Indicator,
    Period? AskedPeriod,
    IndicatorStatus Status,
    IReadOnlyList<Measurement> History,
    IReadOnlyList<Benchmark> Benchmarks,
    string? Commentary,
    string? Actions,
    string? Source,
    string DataAge,
    bool IsStale,
    ChartData? Chart);

public sealed record ListGroup(string ServiceArea, IReadOnlyList<IndicatorLine> Lines);

/// <summary>A "Did you mean…" button: the indicator, and the question the button sends back.</summary>
public sealed record Choice(string Code, string Name, string Question);
