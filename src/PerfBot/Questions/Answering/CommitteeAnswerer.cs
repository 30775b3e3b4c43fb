namespace PerfBot.Questions.Answering;

/// <summary>
/// Answers about the committee itself: its chair, vice-chair or members, whether someone is on it, or which committee
/// scrutinises an indicator; asks which committee when the question does not say and the store holds several.
/// </summary>
public sealed class CommitteeAnswerer
{
    public CommitteeAnswer Answer(Understanding u, QuestionIndex index)
    {
        var names = index.Committees.Select(c => c.Name).ToList();
        if (u.Chosen is { } chosen && u.Committee is null && u.Members.Count == 0)
        {
            var indicator = chosen.Entry.Indicator;
            var line = chosen.Entry.Latest is { } latest ? IndicatorLine.From(latest) : IndicatorLine.Choice(indicator);
            var scrutinising = index.Committees.Where(c => indicator.Committees.Contains(c.Name)).ToList();
            return new CommitteeAnswer(u, scrutinising.Count == 1 ? ["who's on it?", "when do they next meet?"] : [], scrutinising.Count == 1 ? scrutinising[0] : null,
                names, line, indicator.Committees);
        }
        var committee = MeetingFinder.CommitteeOf(u, index);
        if (committee is null) return new CommitteeAnswer(u, names.Select(n => $"who chairs {n}").ToList(), null, names, null, []);
        return new CommitteeAnswer(u, ["when do they next meet?", "what's on the agenda?", "what should I ask about?"], committee, names, null, []);
    }
}
