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
        var at = u.Period is { Kind: PeriodAskKind.Exact, Exact: { } period } ? period : (Period?)null;
        // "latest", "last quarter": each indicator at its own newest period.
        IEnumerable<IndicatorStatus> statuses = at is { } asked ? StatusesAt(index, asked) : index.Entries.Select(e => e.Latest).OfType<IndicatorStatus>();
        if (u.ServiceAreas.Count > 0) statuses = statuses.Where(s => s.Indicator.ServiceArea is { } a && u.ServiceAreas.Contains(a));
        if (u.Committee is { } committee) statuses = statuses.Where(s => s.Indicator.Committees.Contains(committee.Name));
        if (u.Rag is { } rag) statuses = statuses.Where(s => s.Rag == rag);
        if (u.Direction is { } direction) statuses = statuses.Where(s => s.Direction == direction);
        if (u.Exceptions) statuses = statuses.Where(s => StatusRules.IsException(s.Rag, s.Direction));

        var groups = statuses.Where(s => s.Measurement is not null)
            .GroupBy(s => s.Indicator.ServiceArea ?? "No service area").OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ListGroup(g.Key, g.OrderBy(s => s.Indicator.Name, StringComparer.Ordinal).Select(IndicatorLine.From).ToList())).ToList();
        var suggestions = groups.SelectMany(g => g.Lines).Take(3).Select(l => $"why {l.Code}").ToList();
        return new ListAnswer(u, suggestions, at, groups);
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
