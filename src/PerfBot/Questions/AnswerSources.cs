using PerfBot.Conversations;

namespace PerfBot.Questions;

/// <summary>
/// Where an answer's facts come from, as citations: the report each figure shown was read from, the agenda pack or
/// report a committee's membership, meetings and forward plan were read from. Each source once, in the order used.
/// </summary>
public static class AnswerSources
{
    public static IReadOnlyList<ChatCitation> Of(Answer answer)
    {
        IEnumerable<string?> sources = answer switch
        {
            IndicatorAnswer one => [one.Detail.Status.Measurement?.Source, .. one.Detail.Benchmarks.Select(b => b.Source)],
            ComparisonAnswer two => two.Sides.SelectMany(s => new[] { s.Detail.Status.Measurement?.Source }.Concat(s.Detail.Benchmarks.Select(b => b.Source))),
            ListAnswer list => list.Lines.Select(l => l.Source),
            CommitteeAnswer c => [c.Committee?.Source],
            MeetingAnswer m => m.Meetings.Count > 0 ? m.Meetings.Select(x => x.Source) : [m.Next?.Source ?? m.Last?.Source],
            ForwardPlanAnswer f => f.Items.Select(i => i.Source),
            PrepareAnswer p => p.Preparation?.Sources ?? [],
            _ => [],
        };
        return sources.OfType<string>().Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Select(s => new ChatCitation(Title(s), s)).ToList();
    }

    /// <summary>A source's title: its document, before the section or paragraph ("…, Appendix 1", "…, paragraph 4.7").</summary>
    private static string Title(string source)
    {
        var parts = source.Split(", ");
        var kept = parts.TakeWhile(p => !p.StartsWith("paragraph", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("Appendix", StringComparison.OrdinalIgnoreCase)
                                        && !p.StartsWith("section", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("front page", StringComparison.OrdinalIgnoreCase)).ToList();
        var title = string.Join(", ", kept.Count == 0 ? parts : kept);
        var bracket = title.IndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 ? title[..bracket] : title;
    }
}
