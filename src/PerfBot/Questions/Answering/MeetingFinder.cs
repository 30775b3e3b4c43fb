using PerfBot.Indicators;

namespace PerfBot.Questions.Answering;

/// <summary>
/// Finds the meetings a <see cref="MeetingAsk"/> means among a committee's meetings, as of today. A month or day named
/// without a year means its occurrence nearest today ("in July" on 1 December 2025 is July 2025, "in April" April 2026).
/// Words of the question narrow the meetings to those whose title, source or forward-plan items hold them ("the budget meeting").
/// </summary>
internal static class MeetingFinder
{
    public static IReadOnlyList<Meeting> Find(Committee committee, MeetingAsk? ask, IReadOnlyList<string> subject, DateOnly today)
    {
        var meetings = About(committee, subject);
        ask ??= new MeetingAsk(MeetingWhen.Next);
        switch (ask.When)
        {
            case MeetingWhen.On when ask.Day is { } day:
                var on = Nearest(day, today);
                return meetings.Where(m => m.Date == on).ToList();
            case MeetingWhen.Within when ask.Within is { } period:
                var within = Nearest(period, today);
                return meetings.Where(m => within.Contains(m.Date)).ToList();
            case MeetingWhen.After or MeetingWhen.Before or MeetingWhen.That:
                var anchor = ask.Anchor ?? (ask.Within is { } named ? Find(committee, new MeetingAsk(MeetingWhen.Within, Within: named), [], today).FirstOrDefault()?.Date : null) ?? today;
                var all = committee.Meetings.OrderBy(m => m.Date).ToList();
                var found = ask.When switch
                {
                    MeetingWhen.After => all.FirstOrDefault(m => m.Date > anchor),
                    MeetingWhen.Before => all.LastOrDefault(m => m.Date < anchor),
                    _ => all.FirstOrDefault(m => m.Date == anchor),
                };
                return found is null ? [] : [found];
            case MeetingWhen.Last:
                var last = meetings.LastOrDefault(m => m.Date < today);
                return last is null ? [] : [last];
            default:
                var next = meetings.FirstOrDefault(m => m.Date >= today);
                return next is null ? [] : [next];
        }
    }

    /// <summary>The committee a question is about: the one it named or followed on from, else the only one the store holds.</summary>
    public static Committee? CommitteeOf(Understanding u, QuestionIndex index) => u.Committee ?? (index.Committees.Count == 1 ? index.Committees[0] : null);

    public static Meeting? Next(Committee committee, DateOnly today) => committee.Meetings.OrderBy(m => m.Date).FirstOrDefault(m => m.Date >= today);

    public static Meeting? Last(Committee committee, DateOnly today) => committee.Meetings.OrderBy(m => m.Date).LastOrDefault(m => m.Date < today);

    /// <summary>What the question's own words pick out: meetings whose text holds every one of them the meetings use at all.</summary>
    private static List<Meeting> About(Committee committee, IReadOnlyList<string> subject)
    {
        var ordered = committee.Meetings.OrderBy(m => m.Date).ToList();
        if (subject.Count == 0) return ordered;
        var texts = ordered.ToDictionary(m => m.Date, m => TextOf(committee, m));
        var used = subject.Where(s => texts.Values.Any(t => t.Contains(s))).ToList();
        return used.Count == 0 ? ordered : ordered.Where(m => used.All(texts[m.Date].Contains)).ToList();
    }

    private static HashSet<string> TextOf(Committee committee, Meeting meeting) =>
        QuestionText.ContentStems(string.Join(' ', new[] { meeting.Title, meeting.Source }
                .Concat(committee.ForwardPlan.Where(p => p.MeetingDate == meeting.Date).Select(p => $"{p.Item} {p.Detail}")).OfType<string>()))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>A day with no year (year 1) as its occurrence nearest today.</summary>
    public static DateOnly Nearest(DateOnly day, DateOnly today)
    {
        if (day.Year != 1) return day;
        var candidates = new[] { today.Year - 1, today.Year, today.Year + 1 }
            .Where(y => day.Day <= DateTime.DaysInMonth(y, day.Month)).Select(y => new DateOnly(y, day.Month, day.Day));
        return candidates.OrderBy(d => Math.Abs(d.DayNumber - today.DayNumber)).First();
    }

    /// <summary>A month with no year (year 1) as its occurrence nearest today; other periods as they are.</summary>
    public static Period Nearest(Period period, DateOnly today)
    {
        if (period.Year != 1 || period.Kind != PeriodKind.Month) return period;
        return new[] { today.Year - 1, today.Year, today.Year + 1 }.Select(y => Period.Month(y, period.Number))
            .OrderBy(p => Math.Min(Math.Abs(p.Start.DayNumber - today.DayNumber), Math.Abs(p.End.DayNumber - today.DayNumber))).First();
    }
}
