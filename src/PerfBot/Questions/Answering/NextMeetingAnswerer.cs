namespace PerfBot.Questions.Answering;

/// <summary>Answers "when is the next meeting": the committee asked about, or the only one; else asks which.</summary>
public sealed class NextMeetingAnswerer
{
    public NextMeetingAnswer Answer(Understanding u, QuestionIndex index)
    {
        var names = index.Committees.Select(c => c.Name).ToList();
        var committee = u.Committee ?? (index.Committees.Count == 1 ? index.Committees[0] : null);
        if (committee is null) return new NextMeetingAnswer(u, names.Select(n => $"next meeting {n}").ToList(), index.AsOf, null, null, null, names);
        var today = index.AsOf;
        var next = committee.Meetings.Where(m => m.Date >= today).OrderBy(m => m.Date).FirstOrDefault();
        var last = committee.Meetings.Where(m => m.Date < today).OrderBy(m => m.Date).LastOrDefault();
        return new NextMeetingAnswer(u, [], today, committee.Name, next, last, names);
    }
}
