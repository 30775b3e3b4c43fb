namespace PerfBot.Questions.Answering;

/// <summary>
/// Answers what a meeting will take: the forward-plan items of the meeting asked for (the next by default); the items
/// about what the question names, at whatever meeting ("when is SEND sufficiency coming to committee?"); or the items
/// with no meeting yet.
/// </summary>
public sealed class ForwardPlanAnswerer
{
    public ForwardPlanAnswer Answer(Understanding u, QuestionIndex index)
    {
        var names = index.Committees.Select(c => c.Name).ToList();
        var committee = MeetingFinder.CommitteeOf(u, index);
        var today = index.AsOf;
        if (committee is null) return new ForwardPlanAnswer(u, names.Select(n => $"forward plan {n}").ToList(), today, null, null, [], names);
        var plan = committee.ForwardPlan.OrderBy(p => p.MeetingDate ?? DateOnly.MaxValue).ToList();
        if (u.Undated) return new ForwardPlanAnswer(u, [], today, committee, null, plan.Where(p => p.MeetingDate is null).ToList(), names);
        var about = About(plan, u.SubjectStems);
        if (about is not null)
        {
            // One meeting among the items found is "that meeting" for the next question.
            var dates = about.Select(p => p.MeetingDate).OfType<DateOnly>().Distinct().ToList();
            var single = dates.Count == 1 ? committee.Meetings.FirstOrDefault(m => m.Date == dates[0]) ?? new Meeting(dates[0], null, about[0].Source) : null;
            return new ForwardPlanAnswer(u, single is null ? [] : ["what date was that meeting?"], today, committee, single, about, names);
        }
        var meeting = MeetingFinder.Find(committee, u.Meeting, [], today).FirstOrDefault();
        var items = meeting is null ? [] : plan.Where(p => p.MeetingDate == meeting.Date).ToList();
        return new ForwardPlanAnswer(u, meeting is null ? [] : ["what should I ask about?", "and the one after that?"], today, committee, meeting, items, names);
    }

    /// <summary>
    /// The items holding every word of the question that any item uses; when none holds them all ("the fostering service
    /// item": another item's detail says "items"), those holding the most of them, two at least; null when the question
    /// names none.
    /// </summary>
    private static List<PlanItem>? About(List<PlanItem> plan, IReadOnlyList<string> subject)
    {
        if (subject.Count == 0) return null;
        var texts = plan.Select(p => QuestionText.ContentStems($"{p.Item} {p.Detail}").ToHashSet(StringComparer.Ordinal)).ToList();
        var used = subject.Where(s => texts.Any(t => t.Contains(s))).ToList();
        if (used.Count == 0) return null;
        var held = texts.Select(t => used.Count(t.Contains)).ToList();
        var most = held.Max();
        return most == used.Count || most >= 2 ? plan.Where((_, i) => held[i] == most).ToList() : null;
    }
}
