using PerfBot.Indicators;
using PerfBot.Store;

namespace PerfBot.Questions.Answering;

/// <summary>
/// Answers a question asking for a list: every indicator matching its service areas or committee, RAG, direction and
/// exception filters, at the period asked for (read from the store) or each at its latest (from the index).
/// </summary>
public sealed class ListAnswerer(IndicatorRepository indicators)
{
    public ListAnswer Answer(Understanding u, QuestionIndex index)
    {
        var at = u.Period?.Known() ?? NewestOfLength(u.Period, index);
        // "latest", "last quarter": each indicator at its own newest period.
        // A topic's own entries at their latest, not every entry's status sifted for a few codes: 100,000 of them cost milliseconds.
        IEnumerable<IndicatorStatus> statuses = at is { } asked ? StatusesAt(index, asked)
            : u.Topic.Count > 0 ? u.Topic.DistinctBy(t => t.Code, StringComparer.OrdinalIgnoreCase).Select(t => index.ByCode(t.Code)?.Latest).OfType<IndicatorStatus>()
            : index.Entries.Select(e => e.Latest).OfType<IndicatorStatus>();
        if (u.Topic.Count > 0)
        {
            var topic = u.Topic.Select(t => t.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
            statuses = statuses.Where(s => topic.Contains(s.Indicator.Code));
        }
        if (u.ServiceAreas.Count > 0) statuses = statuses.Where(s => s.Indicator.ServiceArea is { } a && u.ServiceAreas.Contains(a));
        if (u.Committee is { } committee) statuses = statuses.Where(s => s.Indicator.Committees.Contains(committee.Name));
        var held = statuses.Where(s => s.Measurement is not null).ToList();
        // Where the report rated a period, its ratings are the list: an indicator it left unrated is not called Red on
        // its behalf (its own answer still shows the rating the rules compute). A period nobody rated is judged by the rules.
        var ratedPeriods = held.Where(s => s.Measurement!.ReportedRag is not null).Select(s => s.Measurement!.Period).ToHashSet();
        var directedPeriods = held.Where(s => s.Measurement!.ReportedDirection is not null).Select(s => s.Measurement!.Period).ToHashSet();
        bool Rated(IndicatorStatus s) => s.Measurement!.ReportedRag is not null || !ratedPeriods.Contains(s.Measurement.Period);
        bool Directed(IndicatorStatus s) => s.Measurement!.ReportedDirection is not null || !directedPeriods.Contains(s.Measurement.Period);
        statuses = held;
        if (u.Rag is { } rag) statuses = statuses.Where(s => s.Rag == rag && Rated(s));
        if (u.Direction is { } direction) statuses = statuses.Where(s => s.Direction == direction && Directed(s));
        if (u.Exceptions) statuses = statuses.Where(s => StatusRules.IsException(s.Rag, s.Direction) && Rated(s));

        var (current, report, older) = u.Current && at is null ? LatestReport(statuses.ToList(), held) : (statuses, null, 0);
        statuses = current;
        var lines = u.Benchmark is { } filter ? AgainstBenchmark(statuses, filter, at, index.AsOf) : statuses.Select(IndicatorLine.From);
        var groups = lines
            .GroupBy(l => l.ServiceArea ?? "No service area").OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ListGroup(g.Key, g.OrderBy(l => l.Name, StringComparer.Ordinal).ToList())).ToList();
        var suggestions = groups.SelectMany(g => g.Lines).Take(3).Select(l => $"why {l.Code}").ToList();
        return new ListAnswer(u, suggestions, at, groups) { LatestReport = report, OlderLeftOut = older };
    }

    /// <summary>
    /// "What's red at the moment?": of those matching, the ones whose figure is of the latest report held — within a year
    /// of the newest period any indicator holds — and how many matched only at older periods. The report is named by the
    /// source its newest figures share, else by that newest period.
    /// </summary>
    private static (IEnumerable<IndicatorStatus> Current, string Report, int Older) LatestReport(List<IndicatorStatus> matching, List<IndicatorStatus> held)
    {
        if (held.Count == 0) return (matching, "", 0);
        var newest = held.MaxBy(s => s.Measurement!.Period.End)!.Measurement!;
        var from = newest.Period.End.AddYears(-1);
        var current = matching.Where(s => s.Measurement!.Period.End > from).ToList();
        var sources = held.Where(s => s.Measurement!.Period.End > from).Select(s => s.Measurement!.Source).Distinct().ToList();
        var report = sources is [{ } only] ? only : $"periods to {newest.Period.Label}";
        return (current, report, matching.Count - current.Count);
    }

    /// <summary>
    /// The indicators worse (or better) than the benchmark by their polarity, each at the newest period the benchmark
    /// and a figure are both held for (the period asked for, when one was), with the benchmark beside it.
    /// </summary>
    private IEnumerable<IndicatorLine> AgainstBenchmark(IEnumerable<IndicatorStatus> statuses, BenchmarkFilter filter, Period? at, DateOnly today)
    {
        var benchmarks = indicators.BenchmarksOfKind(filter.Kind);
        foreach (var status in statuses)
        {
            var indicator = status.Indicator;
            var held = benchmarks[indicator.Id].Where(b => at is null || b.Period == at).OrderByDescending(b => b.Period).ToList();
            if (held.Count == 0) continue;
            var figures = indicators.Measurements(indicator.Id);
            var pair = held.Select(b => (Benchmark: b, Figure: figures.FirstOrDefault(f => f.Period == b.Period && f.Value is not null))).FirstOrDefault(p => p.Figure is not null);
            if (pair.Figure is not { Value: { } value } figure) continue;
            if (Change.IsBetter(value - pair.Benchmark.Value, indicator.Polarity) is not { } better || better == filter.Worse) continue;
            var then = StatusAssessor.Assess(indicator, figures, figure.Period, today) with { IsStale = status.IsStale, LatestPeriod = status.LatestPeriod };
            yield return IndicatorLine.From(then) with
            {
                Comparison = $"{pair.Benchmark.KindLabel} {Figures.Value(pair.Benchmark.Value, indicator.Unit)}: {Change.Against(value, pair.Benchmark.Value, indicator.Polarity, indicator.Unit)}",
            };
        }
    }

    /// <summary>"Last quarter", "this month" for a list: the newest period of that length any indicator holds, so every line is of one period.</summary>
    internal static Period? NewestOfLength(PeriodAsk? ask, QuestionIndex index)
    {
        Func<Period, bool>? fits = ask switch
        {
            { Kind: PeriodAskKind.Latest, Length: { } length } => p => p.Kind == length,
            { Kind: PeriodAskKind.QuarterOfYear, Number: var q } => p => p.Kind == PeriodKind.Quarter && p.Number == q,
            { Kind: PeriodAskKind.MonthOfYear, Number: var m } => p => p.Kind == PeriodKind.Month && p.Number == m,
            _ => null,
        };
        if (fits is null) return null;
        var held = index.Entries.Select(e => e.Latest?.LatestPeriod).OfType<Period>().Where(fits).ToList();
        return held.Count == 0 ? null : held.Max();
    }

    private List<IndicatorStatus> StatusesAt(QuestionIndex index, Period period)
    {
        // Each indicator's figures from thirteen months before the period: the period's own, its previous and last year's.
        var rows = indicators.FiguresEndingBetween(period.Start.AddMonths(-13), period.End).ToDictionary(f => f.IndicatorId, f => f.Figures);
        return index.Entries.Where(e => rows.ContainsKey(e.Indicator.Id))
            .Select(e =>
            {
                var status = StatusAssessor.Assess(e.Indicator, rows[e.Indicator.Id], period, index.AsOf);
                // Whether the data is current is the indicator's, not the period's.
                return status with { IsStale = e.Latest?.IsStale ?? true, LatestPeriod = e.Latest?.LatestPeriod };
            })
            .Where(s => s.Measurement is not null)
            .ToList();
    }
}
