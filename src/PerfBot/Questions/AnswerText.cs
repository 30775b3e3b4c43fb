using System.Text;
using PerfBot.Council;
using PerfBot.Indicators;

namespace PerfBot.Questions;

/// <summary>An answer as plain text: the reply for chat clients without cards, the card's fallback, and <c>perfbot ask</c>.</summary>
public static class AnswerText
{
    public static string Render(Answer answer) => answer switch
    {
        IndicatorAnswer one => AboutOne(one),
        ComparisonAnswer two => ComparisonText.Pair(two, AboutOne),
        ListAnswer list => List(list),
        DidYouMeanAnswer choices => DidYouMean(choices),
        CommitteeAnswer committee => CommitteeText.Committee(committee),
        MeetingAnswer meeting => CommitteeText.Meeting(meeting),
        ForwardPlanAnswer plan => CommitteeText.ForwardPlan(plan),
        PrepareAnswer prepare => CommitteeText.Prepare(prepare),
        HelpAnswer help => CanAnswer(help.Store),
        ClarifyAnswer clarify => Clarify(clarify),
        NotHeldAnswer notHeld => NotHeld(notHeld),
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer.GetType().Name, "AnswerText has no rendering for this kind of answer."),
    };

    private static string List(ListAnswer answer)
    {
        var u = answer.Understanding;
        var what = new List<string>();
        if (u.Rag is { } rag) what.Add(rag.ToString());
        if (u.Direction is { } direction) what.Add(direction.ToString());
        if (u.Exceptions) what.Add("exceptions (Red, or Amber and Worsening)");
        if (u.Benchmark is { } benchmark) what.Add(benchmark.Describe());
        var filter = what.Count == 0 ? "Indicators" : "Indicators " + string.Join(", ", what);
        // A follow-up's topic is the one before it, which this question's words do not name ("which of those are worse?").
        if (u.Topic.Count > 0) filter += u.ContentWords.Count > 0 ? $" on '{string.Join(' ', u.ContentWords)}'" : $" of the {u.Topic.Count} just asked about";
        var scope = u.ServiceAreas.Count > 0 ? $" in {string.Join(" or ", u.ServiceAreas)}" : u.Committee is { } committee ? $" for {committee.Name}" : "";
        var when = answer.At is { } period ? $"in {period.Label}" : answer.LatestReport is { } report ? $"in the latest report held ({report})" : "at their latest period";

        var lines = answer.Lines;
        var text = new StringBuilder();
        if (lines.Count == 0)
        {
            text.AppendLine($"No indicators match: {filter}{scope} {when}.");
        }
        else
        {
            var stale = lines.Count(l => l.IsStale);
            text.AppendLine($"{filter}{scope} {when}: {lines.Count}.{(stale == lines.Count ? " All of this data is overdue: not current." : stale > 0 ? $" {stale} of them overdue (marked)." : "")}");
            foreach (var group in answer.Groups)
            {
                text.AppendLine(group.ServiceArea);
                foreach (var l in group.Lines)
                    text.AppendLine($"• {l.Name}: {Figures.Value(l.Value, l.Unit)} ({l.Period}){(l.Rag is { } lr ? $" {lr}" : "")}{(l.Direction is { } ld ? $", {ld}" : "")}{(l.IsStale ? " — overdue" : "")}{(l.Comparison is { } against ? $" ({against})" : "")}");
            }
            if (u.Exceptions && lines.All(l => l.IsStale))
                text.AppendLine("The exception rule applies to current data; these are exceptions at their latest, overdue, periods.");
        }
        if (answer.OlderLeftOut > 0)
            text.AppendLine($"Left out: {answer.OlderLeftOut} more whose newest figure is more than a year older than this report.");
        return text.ToString().TrimEnd();
    }

    private static string DidYouMean(DidYouMeanAnswer answer)
    {
        var text = new StringBuilder("Did you mean:\n");
        for (var i = 0; i < answer.Choices.Count; i++) text.AppendLine($"{i + 1}. {answer.Choices[i].Name}");
        return text.ToString().TrimEnd();
    }

    private static string Clarify(ClarifyAnswer answer) =>
        "What is that about? I only answer from what the store holds, so name the indicator, service area or committee — for example: "
        + string.Join("; ", answer.Suggestions.Select(e => $"\"{e}\"")) + ".";

    private static string NotHeld(NotHeldAnswer answer)
    {
        var words = answer.Understanding.ContentWords;
        var text = new StringBuilder(words.Count > 0
            ? $"PerfBot holds no indicator for '{string.Join(' ', words)}', so it has no figure to give.\n"
            : "Which indicator do you mean? Name it, e.g. \"compare foster carers with England\".\n");
        if (answer.Understanding.Nearest is { } nearest) text.Append($"The nearest it holds is '{nearest.Entry.Indicator.Name}': ask for that by name if it is what you mean.\n");
        text.Append(CanAnswer(answer.Store));
        return text.ToString().TrimEnd();
    }

    private static string CanAnswer(StoreSummary store) =>
        $"I answer from the {store.Indicators} indicators in the store ({string.Join(", ", store.ServiceAreas)}): how one is doing, its trend, why (the report's commentary), what is being done (actions), its target, owner and benchmarks, set beside earlier periods; lists such as what is red or worsening in a service area, or worse than England; everything on a topic; and the committee itself: its chair and members, its meetings, its forward plan and what to ask at the next meeting. Follow-ups such as \"why?\" or \"and last year?\" carry on from the last answer.";

    /// <summary>About one indicator: its figure first, then what the intent asked for, its data age and source.</summary>
    private static string AboutOne(IndicatorAnswer answer)
    {
        var d = answer.Detail;
        var (indicator, status, history) = (d.Indicator, d.Status, d.History);
        var from = From(history, answer.EarlierHeld);
        var text = new StringBuilder();
        text.AppendLine(indicator.Name);
        if (history.Count == 0)
            text.AppendLine("The store holds no figures for this indicator yet.");
        else if (status.Measurement is null)
            text.AppendLine($"No figure is held for {d.AskedPeriod?.Label ?? "that period"}. Figures held{from}: {string.Join(", ", history.Select(h => h.Period.Label))}{(answer.EarlierHeld ? "; earlier ones too" : "")}.");

        switch (answer.Intent)
        {
            case Intent.Status:
                AppendFigure(text, status);
                AppendComparisons(text, status);
                break;
            case Intent.Trend:
                AppendFigure(text, status);
                if (history.Count > 0)
                    text.AppendLine($"History{from}{(answer.EarlierHeld ? " (earlier figures are held too)" : "")}: " + string.Join("; ", history.Select(h => $"{h.Period.Label} {Figures.Value(h.Value, indicator.Unit)}{(h.ReportedRag is { } r ? $" {r}" : "")}")));
                if (d.Chart is null && history.Count > 0) text.AppendLine($"Only {history.Count} figure(s) held{from}, so no trend chart.");
                break;
            case Intent.Compare:
                AppendFigure(text, status);
                // The benchmarks shown are those of the period shown, else every one held: none shown means none held.
                ComparisonText.Append(text, d);
                break;
            case Intent.Why:
                AppendFigure(text, status);
                text.AppendLine(status.Measurement?.Commentary is { } commentary
                    ? $"Commentary ({status.Measurement.Period.Label}): {commentary}"
                    : $"The report gives no commentary{ForPeriod(status)}.");
                if (status.Measurement?.CommentaryBy is { } author) text.AppendLine(author.Describe() + ".");
                break;
            case Intent.Actions:
                AppendFigure(text, status);
                if (status.Measurement?.Actions is { } actions)
                {
                    text.AppendLine($"Actions ({status.Measurement.Period.Label}): {actions}");
                    if (status.Measurement.CommentaryBy is { } writer) text.AppendLine(writer.Describe() + ".");
                }
                else
                {
                    text.AppendLine($"The report lists no actions{ForPeriod(status)}.");
                    if (status.Measurement?.Commentary is { } c) text.AppendLine($"Its commentary: {c}");
                }
                break;
            case Intent.Target:
                AppendFigure(text, status);
                AppendTarget(text, status, indicator);
                break;
            case Intent.Owner:
                text.AppendLine(indicator.Owner is { Length: > 0 } owner ? $"Owner: {owner}." : "No owner is recorded for this indicator in the store.");
                if (indicator.ServiceArea is not null) text.AppendLine($"Service area: {indicator.ServiceArea}.");
                if (indicator.Committees.Count > 0) text.AppendLine($"Scrutinised by: {string.Join("; ", indicator.Committees)}.");
                break;
        }
        if (history.Count > 0) text.AppendLine(Capitalise(d.DataAge) + ".");
        if (status.Measurement?.Source is { } source) text.AppendLine($"Source: {source}");
        return text.ToString().TrimEnd();
    }

    private static string From(IReadOnlyList<Measurement> history, bool earlierHeld) =>
        earlierHeld && history.Count > 0 ? $" from {history[0].Period.Label}" : "";

    private static string ForPeriod(IndicatorStatus status) => status.Measurement is { } m ? $" for {m.Period.Label}" : "";

    private static void AppendFigure(StringBuilder text, IndicatorStatus status)
    {
        if (status.Measurement is not { } m) return;
        var unit = status.Indicator.Unit;
        var line = new StringBuilder($"{m.Period.Label}: {Figures.Value(m.Value, unit)}");
        if (m.Target is { } t) line.Append($" (target {Figures.Value(t, unit)})");
        var rag = status.Rag is { } r ? r.ToString() : null;
        if (rag is not null)
        {
            line.Append($" — {rag}");
            if (status.RagDisagrees) line.Append($" as reported; the RAG rules give {status.ComputedRag}");
        }
        if (status.Direction is { } d) line.Append(rag is null ? $" — {d}" : $", {d}");
        text.AppendLine(line + ".");
        if (m.ValueCorrection is { } correction) text.AppendLine(Capitalise(correction.DescribeInFull(unit)) + ".");
    }

    private static void AppendComparisons(StringBuilder text, IndicatorStatus status)
    {
        var unit = status.Indicator.Unit;
        if (status.Previous is { } p) text.AppendLine($"Previous ({p.Period.Label}): {Figures.Value(p.Value, unit)}.");
        if (status.LastYear is { } y) text.AppendLine($"A year earlier ({y.Period.Label}): {Figures.Value(y.Value, unit)}.");
    }

    private static void AppendTarget(StringBuilder text, IndicatorStatus status, Indicator indicator)
    {
        var polarity = indicator.Polarity switch
        {
            Polarity.HigherIsBetter => "higher is better",
            Polarity.LowerIsBetter => "lower is better",
            _ => "no better direction is set",
        };
        text.AppendLine(status.Measurement?.Target is { } target
            ? $"Target{ForPeriod(status)}: {Figures.Value(target, indicator.Unit)} ({polarity}) — {(status.ComputedRag == Rag.Green ? "met" : "not met")}."
            : $"No target is recorded{ForPeriod(status)} ({polarity}).");
    }

    internal static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
