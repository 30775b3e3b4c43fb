using PerfBot.Charts;
using PerfBot.Indicators;
using PerfBot.Store;

namespace PerfBot.Questions.Answering;

/// <summary>
/// Answers a question about one indicator: reads only its history (three years to its latest figure, or back to the
/// period asked for) and benchmarks, and assesses it at the period asked for, else at its latest.
/// </summary>
public sealed class IndicatorAnswerer(IndicatorRepository indicators)
{
    /// <summary>The follow-up questions offered, by intent; the one just asked is left out.</summary>
    private static readonly (Intent Intent, string Word)[] FollowUps =
        [(Intent.Trend, "trend"), (Intent.Why, "why"), (Intent.Actions, "actions"), (Intent.Compare, "compare"), (Intent.Target, "target")];

    public IndicatorAnswer Answer(Understanding u, QuestionIndex index, Indicator indicator)
    {
        var latest = index.ByCode(indicator.Code)?.Latest?.LatestPeriod;
        var after = latest is { } newest ? HistoryWindow.After(newest, u.Period?.Known()) : (DateOnly?)null;
        var (history, earlierHeld, benchmarks) = indicators.HistoryAndBenchmarks(indicator.Id, after);
        var today = index.AsOf;
        // "Last quarter" for an indicator with no quarterly figure: the store's newest quarter, for which it holds none.
        var asked = u.Period is { Kind: PeriodAskKind.Latest, Length: { } length } && history.All(h => h.Period.Kind != length)
            ? ListAnswerer.NewestOfLength(u.Period, index) ?? u.Period.Resolve(history)
            : u.Period?.Resolve(history);
        var status = StatusAssessor.Assess(indicator, history, asked, today);
        var current = asked is null ? status : StatusAssessor.Assess(indicator, history, null, today);
        var shown = status.Measurement is { } m && benchmarks.Any(b => b.Period == m.Period) ? benchmarks.Where(b => b.Period == m.Period).ToList() : benchmarks.ToList();
        var age = DataAge.Describe(current.LatestPeriod, today, current.IsStale);
        var detail = new IndicatorDetail(indicator, asked, status, history, shown, status.Measurement?.Commentary, status.Measurement?.Actions,
            status.Measurement?.Source, age, current.IsStale, ChartData.FromHistory(indicator, history));

        var suggestions = FollowUps.Where(f => f.Intent != u.Intent && (f.Intent != Intent.Compare || benchmarks.Count > 0 || status.LastYear is not null))
            .Select(f => $"{f.Word} {indicator.Code}").ToList();
        var line = IndicatorLine.From(status) with { Period = status.Measurement?.Period.Label ?? asked?.Label };
        return new IndicatorAnswer(u, suggestions, detail, line, earlierHeld);
    }
}
