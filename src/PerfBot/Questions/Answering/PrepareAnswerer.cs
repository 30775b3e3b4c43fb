namespace PerfBot.Questions.Answering;

/// <summary>
/// Answers "what should I ask about?" for any member: the brief's focus areas and questions for the committee's next
/// meeting, composed as the chair's brief is (the full brief and its document stay the chair's).
/// </summary>
public sealed class PrepareAnswerer(IMeetingPreparer preparer)
{
    public PrepareAnswer Answer(Understanding u, QuestionIndex index)
    {
        var names = index.Committees.Select(c => c.Name).ToList();
        var committee = MeetingFinder.CommitteeOf(u, index);
        var today = index.AsOf;
        if (committee is null) return new PrepareAnswer(u, names.Select(n => $"what should I ask at {n}?").ToList(), today, null, null, null, names);
        var meeting = MeetingFinder.Find(committee, u.Meeting ?? new MeetingAsk(MeetingWhen.Next), [], today).FirstOrDefault(m => m.Date >= today);
        var preparation = meeting is null ? null : preparer.Prepare(committee.Id, meeting.Date, today);
        // "What should I ask about foster carers?": the preparation on that subject alone, with its latest figures.
        var subject = (u.Topic.Count > 0 ? u.Topic : u.Chosen is { } one ? [one] : [])
            .Select(c => c.Entry.Latest).OfType<Indicators.IndicatorStatus>().Select(IndicatorLine.From).ToList();
        if (subject.Count > 0)
        {
            var codes = subject.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
            return new PrepareAnswer(u, [.. subject.Take(2).Select(l => $"why {l.Code}"), "what's on the agenda?"], today, committee, meeting, preparation?.Of(codes), names) { Subject = subject };
        }
        var suggestions = preparation?.Focus.Take(2).Select(f => $"why {f.Code}").Append("what's on the agenda?").ToList() ?? [];
        return new PrepareAnswer(u, suggestions, today, committee, meeting, preparation, names);
    }
}

/// <summary>Where briefs are not composed (a store opened on its own, without the Briefings feature): none to offer.</summary>
public sealed class NoMeetingPreparation : IMeetingPreparer
{
    public MeetingPreparation? Prepare(long committeeId, DateOnly meeting, DateOnly asOf) => null;
}
