using PerfBot.Indicators;

namespace PerfBot.Briefings;

/// <summary>Turns an indicator's status into a line of the brief's red or amber-and-worsening list.</summary>
public static class BriefItems
{
    public static BriefItem From(IndicatorStatus status, IndicatorHistory history, DateOnly composedOn)
    {
        var indicator = status.Indicator;
        var m = status.Measurement ?? throw new ArgumentException($"{indicator.Code} has no figure to brief on.", nameof(status));
        var ended = history.Measurements.Where(x => x.Period.End <= composedOn);
        return new BriefItem(
            indicator.Code,
            indicator.Name,
            indicator.ServiceArea,
            m.Period.Label,
            m.Period.Describe(),
            m.Value,
            m.Target,
            indicator.Unit,
            Figures.Value(m.Value, indicator.Unit),
            m.Target is { } t ? Figures.Value(t, indicator.Unit) : null,
            status.Rag ?? Rag.Red,
            m.ReportedRag is null ? "computed" : "reported",
            status.Direction,
            status.Direction is null ? null : m.ReportedDirection is null ? "computed" : "reported",
            status.Previous is { } p ? $"{Figures.Value(p.Value, indicator.Unit)} at {p.Period.Label}" : null,
            LatestBenchmarks(history.Benchmarks, composedOn, indicator.Unit),
            status.Rag == Rag.Red ? RedRun.Of(indicator, ended).Select(p => p.Label).ToList() : [],
            m.Commentary,
            m.Actions,
            m.Source,
            m.CommentaryBy?.Describe());
    }

    /// <summary>The comparators for the latest benchmark period that had ended by the brief's date.</summary>
    public static IReadOnlyList<BriefBenchmark> LatestBenchmarks(IReadOnlyList<Benchmark> benchmarks, DateOnly composedOn, string? unit)
    {
        var ended = benchmarks.Where(b => b.Period.End <= composedOn).ToList();
        if (ended.Count == 0) return [];
        var latest = ended.Max(b => b.Period);
        return ended.Where(b => b.Period == latest).OrderBy(b => b.Kind)
            .Select(b => new BriefBenchmark(b.KindLabel, b.Period.Label, b.Value, Figures.Value(b.Value, unit), b.Source)).ToList();
    }
}
