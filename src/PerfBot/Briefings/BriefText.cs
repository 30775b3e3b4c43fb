using System.Text;
using PerfBot.Council;

namespace PerfBot.Briefings;

/// <summary>The brief as plain text: the command line's output, and the fallback where a card is not shown.</summary>
public static class BriefText
{
    public static string Write(Brief b)
    {
        var s = new StringBuilder();
        s.AppendLine($"Brief for the {b.Committee}, meeting {CouncilCulture.DayAndDate(b.Meeting)}{(b.MeetingTitle is null ? "" : $" ({b.MeetingTitle})")}");
        s.AppendLine($"As of {CouncilCulture.Date(b.ComposedOn)}. {b.Freshness.Text}");
        s.AppendLine($"Red: {b.Counts.Red}. Amber and worsening: {b.Counts.AmberWorsening}. On track (Green): {b.Counts.OnTrack}. Other current: {b.Counts.OtherCurrent}. Data overdue: {b.Counts.Overdue}.");
        Section(s, "Red (Appendix 1)", b.Red);
        Section(s, "Amber and worsening (Appendix 2)", b.AmberWorsening);
        if (b.Focus.Count > 0)
        {
            s.AppendLine().AppendLine("Suggested areas of focus");
            foreach (var f in b.Focus) s.AppendLine($"  - {f.Name}: {f.Reason}");
        }
        if (b.Risks.Count > 0)
        {
            s.AppendLine().AppendLine("Strategic risks");
            foreach (var r in b.Risks) s.AppendLine($"  - Risk {r.Id}{(r.Rating is null ? "" : $", rated {r.Rating}")}: {r.Description}");
        }
        if (b.ForwardPlan.Count > 0)
        {
            s.AppendLine().AppendLine("Forward plan for this meeting");
            foreach (var p in b.ForwardPlan) s.AppendLine($"  - {p.Item}{(p.Detail is null ? "" : $": {p.Detail}")}");
        }
        if (b.Questions.Count > 0)
        {
            s.AppendLine().AppendLine("Suggested questions");
            for (var i = 0; i < b.Questions.Count; i++) s.AppendLine($"  {i + 1}. {b.Questions[i].Text}");
        }
        if (b.Overdue.Count > 0)
        {
            s.AppendLine().AppendLine($"Data overdue ({b.Overdue.Count}: behind the committee's newest data, so not in the lists above)");
            foreach (var o in b.Overdue) s.AppendLine($"  - {o.Name}: latest {o.LatestPeriod ?? "none"}");
        }
        return s.ToString();
    }

    private static void Section(StringBuilder s, string title, IReadOnlyList<BriefItem> items)
    {
        s.AppendLine().AppendLine($"{title}: {items.Count}");
        foreach (var i in items)
        {
            s.AppendLine($"  - {i.Name}");
            s.AppendLine($"    {i.ValueText} at {i.Period}{(i.TargetText is null ? ", no target stored" : $", target {i.TargetText}")}; {i.Rag} ({i.RagSource}){(i.Direction is { } d ? $", {d} ({i.DirectionSource})" : "")}{(i.PreviousText is null ? "" : $"; previous {i.PreviousText}")}");
            foreach (var bm in i.Benchmarks) s.AppendLine($"    {bm.Kind} {bm.ValueText} ({bm.Period})");
            if (i.Narrative is not null) s.AppendLine($"    Narrative: {Narrative.Shorten(i.Narrative)}{(i.CommentaryBy is { } by ? $" ({by})" : "")}");
            s.AppendLine($"    Actions: {i.Actions ?? "none recorded"}");
        }
    }
}
