namespace PerfBot.Questions.Answering;

/// <summary>Answers when a committee meets: the meeting(s) the question means, or says none fits and when it next meets.</summary>
public sealed class MeetingAnswerer
{
    public MeetingAnswer Answer(Understanding u, QuestionIndex index)
    {
        var names = index.Committees.Select(c => c.Name).ToList();
        var committee = MeetingFinder.CommitteeOf(u, index);
        var today = index.AsOf;
        if (committee is null) return new MeetingAnswer(u, names.Select(n => $"next meeting {n}").ToList(), today, null, [], null, null, names);
        var found = MeetingFinder.Find(committee, u.Meeting, u.SubjectStems, today);
        var suggestions = new List<string>();
        if (found.Count == 1)
        {
            if (committee.ForwardPlan.Any(p => p.MeetingDate == found[0].Date)) suggestions.Add("what's on the agenda?");
            if (found[0].Date >= today) suggestions.Add("what should I ask about?");
            suggestions.Add("and the one after that?");
        }
        return new MeetingAnswer(u, suggestions, today, committee, found, MeetingFinder.Next(committee, today), MeetingFinder.Last(committee, today), names);
    }
}
