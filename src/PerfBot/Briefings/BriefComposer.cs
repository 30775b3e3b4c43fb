using PerfBot.Committees;
using PerfBot.Indicators;

namespace PerfBot.Briefings;

/// <summary>
/// Composes a committee's pre-meeting brief from stored data, as of the day it is composed. Pure: the store is read
/// beforehand into <see cref="BriefInputs"/>.
/// </summary>
public static class BriefComposer
{
    public static Brief Compose(BriefInputs inputs)
    {
        var byId = inputs.Indicators.ToDictionary(h => h.Indicator.Id);
        var assessed = inputs.Indicators
            .Select(h => StatusAssessor.Assess(h.Indicator, h.Measurements, null, inputs.ComposedOn))
            .ToList();
        var newest = CommitteeFreshness.Newest(assessed);
        var statuses = assessed.Select(s => CommitteeFreshness.Rejudge(s, newest)).ToList();
        var report = ExceptionReport.From(statuses);

        var red = report.Red.Select(s => (Item: BriefItems.From(s, byId[s.Indicator.Id], inputs.ComposedOn), Status: s)).ToList();
        var amber = report.AmberWorsening.Select(s => (Item: BriefItems.From(s, byId[s.Indicator.Id], inputs.ComposedOn), Status: s)).ToList();
        var focus = FocusRanker.Rank(red.Concat(amber));
        var overdue = report.Overdue
            .OrderBy(s => s.LatestPeriod).ThenBy(s => s.Indicator.Name, StringComparer.Ordinal)
            .Select(s => new BriefOverdue(s.Indicator.Code, s.Indicator.Name, s.LatestPeriod?.Label, s.LatestPeriod is null ? null : s.PeriodsBehind))
            .ToList();
        var current = statuses.Where(s => !s.IsStale && s.Measurement is not null).ToList();
        var redItems = red.Select(r => r.Item).ToList();
        var amberItems = amber.Select(a => a.Item).ToList();

        return new Brief(
            inputs.Committee.Name,
            inputs.Meeting.Date,
            inputs.Meeting.Title,
            inputs.ComposedOn,
            new BriefCounts(
                redItems.Count,
                amberItems.Count,
                report.OnTrack.Count(s => s.Rag == Rag.Green),
                report.OnTrack.Count(s => s.Rag != Rag.Green),
                overdue.Count),
            redItems,
            amberItems,
            focus,
            Risks(inputs.Risks, byId),
            CommitteeFreshness.Describe(current, inputs.Meeting.Date),
            overdue,
            inputs.ForwardPlan.Where(p => p.MeetingDate == inputs.Meeting.Date).Select(p => new BriefPlanItem(p.Item, p.Detail, p.Source)).ToList(),
            ScrutinyQuestions.Suggest(redItems, amberItems, focus, overdue));
    }

    private static List<BriefRisk> Risks(IReadOnlyList<StrategicRisk> risks, Dictionary<long, IndicatorHistory> indicators) =>
        risks.Select(r => new BriefRisk(r.Id, r.Description, r.Rating, r.Trend,
                r.LinkedIndicatorIds.Where(indicators.ContainsKey).Select(id => indicators[id].Indicator.Name).ToList(), r.Source))
            .ToList();
}
