using System.Text;
using PerfBot.Council;
using PerfBot.Indicators;

namespace PerfBot.Questions;

/// <summary>An answer as plain text: the reply for chat clients without cards, the card's fallback, and <c>perfbot ask</c>.</summary>
public static class AnswerText
{
    public static string Render(Answer answer) => answer switch
    {
        IndicatorAnswer one => IndicatorAnswerText.Render(one),
        ListAnswer list => List(list),
        DidYouMeanAnswer choices => DidYouMean(choices),
        NextMeetingAnswer meeting => NextMeeting(meeting),
        HelpAnswer help => CanAnswer(help.Store),
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
        var filter = what.Count == 0 ? "Indicators" : "Indicators " + string.Join(", ", what);
        var scope = u.ServiceAreas.Count > 0 ? $" in {string.Join(" or ", u.ServiceAreas)}" : u.Committee is { } committee ? $" for {committee.Name}" : "";
        var when = answer.At is { } period ? $"in {period.Label}" : "at their latest period";

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
                    text.AppendLine($"• {l.Name}: {Figures.Value(l.Value, l.Unit)} ({l.Period}){(l.Rag is { } lr ? $" {lr}" : "")}{(l.Direction is { } ld ? $", {ld}" : "")}{(l.IsStale ? " — overdue" : "")}");
            }
            if (u.Exceptions && lines.All(l => l.IsStale))
                text.AppendLine("The exception rule applies to current data; these are exceptions at their latest, overdue, periods.");
        }
        return text.ToString().TrimEnd();
    }

    private static string DidYouMean(DidYouMeanAnswer answer)
    {
        var text = new StringBuilder("Did you mean:\n");
        for (var i = 0; i < answer.Choices.Count; i++) text.AppendLine($"{i + 1}. {answer.Choices[i].Name}");
        return text.ToString().TrimEnd();
    }

    private static string NextMeeting(NextMeetingAnswer answer)
    {
        if (answer.Committee is not { } committee)
            return $"Which committee? The store knows: {(answer.Committees.Count == 0 ? "none are set up" : string.Join("; ", answer.Committees))}.";
        if (answer.Next is { } next)
            return $"{committee} next meets on {CouncilCulture.DayAndDate(next.Date)}{(next.Title is null ? "" : $" ({next.Title})")}.\nSource: {next.Source}";
        return $"No meeting of {committee} after {CouncilCulture.Date(answer.AsOf)} is in the store."
               + (answer.Last is not { } last ? "" : $" The last one recorded was {CouncilCulture.Date(last.Date)}.\nSource: {last.Source}");
    }

    private static string NotHeld(NotHeldAnswer answer)
    {
        var words = answer.Understanding.ContentWords;
        var text = new StringBuilder(words.Count > 0
            ? $"PerfBot holds no indicator for '{string.Join(' ', words)}', so it has no figure to give.\n"
            : "Which indicator do you mean? Name it, e.g. \"compare foster carers with England\".\n");
        text.Append(CanAnswer(answer.Store));
        return text.ToString().TrimEnd();
    }

    private static string CanAnswer(StoreSummary store) =>
        $"I answer from the {store.Indicators} indicators in the store ({string.Join(", ", store.ServiceAreas)}): how one is doing, its trend, why (the report's commentary), what is being done (actions), its target, owner and benchmarks; lists such as what is red or worsening in a service area; and when a committee next meets.";
}
