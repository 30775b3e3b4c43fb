using System.Text;
using PerfBot.Council;
using PerfBot.Indicators;

namespace PerfBot.Questions;

/// <summary>
/// Preparing on one subject ("what should I ask about SEND?"): where each of its indicators stands, the brief's focus
/// and questions on it for the next meeting, and questions its own figures raise — a red rating, a worsening trend,
/// figures overdue. Every figure cites its report.
/// </summary>
internal static class PrepareText
{
    private const int MostQuestions = 5;

    public static string OnSubject(PrepareAnswer answer, Committee committee)
    {
        var lines = answer.Subject;
        var about = lines.Count == 1 ? lines[0].Name : string.Join("; ", lines.Select(l => l.ShortName));
        var meeting = answer.Meeting is { } m ? $" for {committee.Name} on {CouncilCulture.DayAndDate(m.Date)}" : $" (no meeting of {committee.Name} after {CouncilCulture.Date(answer.AsOf)} is in the store)";
        var text = new StringBuilder($"Preparing on {about}{meeting}:\n");
        foreach (var l in lines)
            text.AppendLine($"• {l.Name}: {Figures.Value(l.Value, l.Unit)} ({l.Period}){(l.Rag is { } rag ? $" {rag}" : "")}{(l.Direction is { } d ? $", {d}" : "")}{(l.IsStale ? " — overdue" : "")}");
        if (answer.Preparation is { Focus.Count: > 0 } p)
        {
            text.AppendLine("In the brief's areas of focus:");
            foreach (var f in p.Focus) text.AppendLine($"• {f.Name}: {f.Reason}");
        }
        var questions = (answer.Preparation?.Questions ?? []).Concat(lines.SelectMany(Raised)).Distinct().Take(MostQuestions).ToList();
        text.AppendLine("Questions you could ask:");
        foreach (var q in questions) text.AppendLine($"• {q}");
        var sources = lines.Select(l => l.Source).OfType<string>().Distinct().ToList();
        return text.ToString().TrimEnd() + (sources.Count > 0 ? "\nSource: " + string.Join("; ", sources) : "");
    }

    /// <summary>What an indicator's own latest figure invites a member to ask.</summary>
    private static IEnumerable<string> Raised(IndicatorLine l)
    {
        var name = l.ShortName;
        if (l.Rag is Rag.Red or Rag.Amber) yield return $"What is behind the {l.Rag} rating for {name}, and when will it be back on target?";
        if (l.Direction == Direction.Worsening) yield return $"Why is {name} getting worse, and what is being done about it?";
        if (l.IsStale) yield return $"When will figures for {name} newer than {l.Period} be reported?";
        if (l.Rag is not (Rag.Red or Rag.Amber) && l.Direction != Direction.Worsening) yield return $"Is {name} on track, and is its target{(l.Target is { } t ? $" of {Figures.Value(t, l.Unit)}" : "")} the right one?";
    }
}
