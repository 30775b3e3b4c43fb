using PerfBot.Indicators;

namespace PerfBot.Briefings;

/// <summary>
/// Suggested questions for the chair, built by templates from stored facts only: names, values, targets, periods,
/// counts of Red figures running, benchmark figures. Indicators in the focus list are asked about first, and no
/// indicator is asked about twice while another qualifies.
/// </summary>
public static class ScrutinyQuestions
{
    public const int Max = 5;

    public static IReadOnlyList<ScrutinyQuestion> Suggest(
        IReadOnlyList<BriefItem> red, IReadOnlyList<BriefItem> amberWorsening, IReadOnlyList<FocusArea> focus,
        IReadOnlyList<BriefOverdue> overdue)
    {
        var byFocus = focus.Select((f, i) => (f.Code, i)).ToDictionary(x => x.Code, x => x.i);
        int Order(BriefItem item) => byFocus.TryGetValue(item.Code, out var i) ? i : int.MaxValue;
        var reds = red.OrderBy(Order).ToList();
        var ambers = amberWorsening.OrderBy(Order).ToList();
        var exceptions = reds.Concat(ambers).ToList();

        var questions = new List<ScrutinyQuestion>();
        var asked = new HashSet<string>();
        void Ask(IEnumerable<BriefItem> candidates, Func<BriefItem, bool> applies, Func<BriefItem, string> text, string template)
        {
            if (questions.Count >= Max) return;
            var item = candidates.FirstOrDefault(c => applies(c) && !asked.Contains(c.Code));
            if (item is null) return;
            asked.Add(item.Code);
            questions.Add(new ScrutinyQuestion(text(item), template, item.Code));
        }

        Ask(reds, i => i.RedRun.Count >= 2, RedRunning, "red-running");
        Ask(reds, i => i.Target is not null, OffTarget, "off-target");
        Ask(exceptions, i => i.Benchmarks.Count > 0 && i.Value is not null, AgainstBenchmarks, "benchmarks");
        Ask(reds, i => i.Direction == Direction.Worsening, RedWorsening, "red-worsening");
        Ask(ambers, _ => true, AmberWorsening, "amber-worsening");
        if (questions.Count < Max && overdue.Count > 0) questions.Add(Overdue(overdue));
        // Fewer than three so far: ask about further red measures rather than stop short.
        while (questions.Count < 3 && reds.FirstOrDefault(r => !asked.Contains(r.Code)) is { } more)
        {
            asked.Add(more.Code);
            questions.Add(new ScrutinyQuestion(RedAny(more), "red", more.Code));
        }
        return questions;
    }

    private static string RedRunning(BriefItem i) =>
        $"{i.Name} has been Red at each of its last {Wording.Number(i.RedRun.Count)} figures ({Wording.List(i.RedRun)}), most recently {i.ValueText}" +
        (i.TargetText is null ? ": what is the recovery trajectory?" : $" against a target of {i.TargetText}: what is the recovery trajectory, and when will it meet target?");

    private static string OffTarget(BriefItem i) =>
        $"{i.Name} was {i.ValueText} at {i.Period} against a target of {i.TargetText}: what would close the gap, and by when?";

    private static string AgainstBenchmarks(BriefItem i)
    {
        var comparators = Wording.List(i.Benchmarks.Select(b => $"{b.Kind} {b.ValueText}").ToList());
        return $"{i.Name} was {i.ValueText} at {i.Period}; the latest comparators ({i.Benchmarks[0].Period}) are {comparators}: what explains the difference from other councils?";
    }

    private static string RedWorsening(BriefItem i) =>
        $"{i.Name} was Red and worsening at {i.Period} ({i.ValueText}): what is driving the deterioration, and " +
        (string.IsNullOrWhiteSpace(i.Actions) ? "what improvement actions are planned? None are recorded with the figure." : "what difference are the recorded actions expected to make?");

    private static string AmberWorsening(BriefItem i) =>
        $"{i.Name} was Amber and worsening at {i.Period} ({i.ValueText}): what will stop it becoming Red?";

    private static string RedAny(BriefItem i) =>
        $"{i.Name} was Red at {i.Period} ({i.ValueText}): what is the plan to bring it back on track?";

    private static ScrutinyQuestion Overdue(IReadOnlyList<BriefOverdue> overdue)
    {
        var example = overdue[0];
        var text = overdue.Count == 1
            ? $"{example.Name} has no data since {example.LatestPeriod ?? "it was added"}: is it still monitored, and when will a current figure be reported?"
            : $"{overdue.Count} of the committee's indicators have fallen behind the rest (for example {example.Name}, latest {example.LatestPeriod ?? "none"}): are they still monitored, and when will current figures be reported?";
        return new ScrutinyQuestion(text, "data-overdue", overdue.Count == 1 ? example.Code : null);
    }
}
