using PerfBot.Indicators;

namespace PerfBot.Questions.Conversing;

/// <summary>What the last answer was about, most recent first when a follow-up could mean either.</summary>
public enum SubjectKind { Indicator, List, Committee, Meeting }

/// <summary>
/// What a conversation has been about, for the next question to follow on from: the last indicator(s) and period, the
/// last list (its items in the order shown, and the filters that made it), the committee and the meeting last talked
/// about. Plain values (codes, labels, dates), so a store can keep it anywhere. Made by <see cref="After"/> from an
/// answer; read by the reader, which never fills a gap it does not hold.
/// </summary>
/// <param name="Codes">The indicators the last answer about indicators was about: one, or two compared.</param>
/// <param name="Period">The period that answer showed, for "the year before" and "the month before".</param>
/// <param name="PeriodAsked">The period was asked for by name, so it holds for the follow-ups until another is.</param>
public sealed record ConversationContext(
    DateTimeOffset At,
    SubjectKind Subject,
    Intent Intent,
    IReadOnlyList<string> Codes,
    string? Period,
    bool PeriodAsked,
    ListContext? List,
    long? CommitteeId,
    DateOnly? Meeting)
{
    /// <summary>The last question was asked back what it is about and wanted this kind of answer (<see cref="Understanding.Awaiting"/>).</summary>
    public Intent? Awaiting { get; init; }

    /// <summary>The indicator talked about before the last one, for "compare those two".</summary>
    public IReadOnlyList<string> Earlier { get; init; } = [];

    /// <summary>How long a conversation's context is kept after its last question.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>Every indicator the last answer showed: its own, and its list's.</summary>
    public HashSet<string> Shown() => Codes.Concat(List?.Codes ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public bool IsFresh(DateTimeOffset now) => now - At < Lifetime && now >= At - TimeSpan.FromMinutes(1);

    /// <summary>The context after an answer: what it was about replaces what the same kind of subject was before.</summary>
    public static ConversationContext? After(Answer answer, ConversationContext? before, DateTimeOffset now)
    {
        var u = answer.Understanding;
        var committee = u.Committee?.Id ?? before?.CommitteeId;
        return answer switch
        {
            IndicatorAnswer one => new(now, SubjectKind.Indicator, one.Intent,
                u.Compared is { } second ? [one.Line.Code, second.Code] : [one.Line.Code],
                one.Line.Period, u.Period is { Kind: PeriodAskKind.Exact or PeriodAskKind.Day } || (before?.PeriodAsked == true && u.Period is null && before.Period == one.Line.Period),
                before?.List, committee, before?.Meeting) { Earlier = EarlierThan([one.Line.Code], before) },
            ComparisonAnswer two => new(now, SubjectKind.Indicator, Intent.Compare, [.. two.Sides.Select(s => s.Line.Code)],
                two.Sides[0].Line.Period, u.Period is { Kind: PeriodAskKind.Exact }, before?.List, committee, before?.Meeting),
            ListAnswer list => new(now, SubjectKind.List, list.Intent, before?.Codes ?? [], before?.Period, false,
                ListContext.Of(list), committee, before?.Meeting),
            CommitteeAnswer c => new(now, SubjectKind.Committee, c.Intent, before?.Codes ?? [], before?.Period, before?.PeriodAsked ?? false,
                before?.List, c.Committee?.Id ?? committee, before?.Meeting),
            MeetingAnswer m => new(now, m.Meetings.Count == 1 ? SubjectKind.Meeting : SubjectKind.Committee, m.Intent, before?.Codes ?? [], before?.Period,
                before?.PeriodAsked ?? false, before?.List, m.Committee?.Id ?? committee, m.Meetings.Count == 1 ? m.Meetings[0].Date : before?.Meeting),
            ForwardPlanAnswer f => new(now, f.Meeting is null ? SubjectKind.Committee : SubjectKind.Meeting, f.Intent, before?.Codes ?? [], before?.Period,
                before?.PeriodAsked ?? false, before?.List, f.Committee?.Id ?? committee, f.Meeting?.Date ?? before?.Meeting),
            PrepareAnswer p => new(now, SubjectKind.Meeting, p.Intent, before?.Codes ?? [], before?.Period, before?.PeriodAsked ?? false,
                before?.List, p.Committee?.Id ?? committee, p.Meeting?.Date ?? before?.Meeting),
            // Asked back what "why?" is about: the next question naming it gets the answer wanted.
            ClarifyAnswer { Understanding.Awaiting: { } awaiting } => (before ?? new(now, SubjectKind.Indicator, Intent.Clarify, [], null, false, null, null, null))
                with { At = now, Awaiting = awaiting },
            // A "Did you mean…", help, a question not held or a request to say more: nothing new to follow on from.
            _ => before is null ? null : before with { At = now, Awaiting = null },
        };
    }

    private static IReadOnlyList<string> EarlierThan(IReadOnlyList<string> codes, ConversationContext? before) =>
        before is null ? [] : before.Codes.Count > 0 && !before.Codes.SequenceEqual(codes) ? before.Codes : before.Earlier;

    /// <summary>The context in words, for "--explain".</summary>
    public string Describe()
    {
        var parts = new List<string> { $"last about {Subject.ToString().ToLowerInvariant()} ({Intents.Name(Intent)})" };
        if (Codes.Count > 0) parts.Add($"indicator {string.Join(" and ", Codes)}{(Period is null ? "" : $" at {Period}")}");
        if (List is { } list) parts.Add($"list of {list.Codes.Count}");
        if (CommitteeId is { } id) parts.Add($"committee #{id}");
        if (Meeting is { } meeting) parts.Add($"meeting {meeting:yyyy-MM-dd}");
        return string.Join("; ", parts);
    }
}

/// <summary>A list as shown: its items in order (for "the second one") and what selected them (for "and in adults?").</summary>
public sealed record ListContext(IReadOnlyList<string> Codes, Rag? Rag, Direction? Direction, bool Exceptions, BenchmarkFilter? Benchmark,
    IReadOnlyList<string> ServiceAreas, long? CommitteeId, string? Period, IReadOnlyList<string> TopicCodes)
{
    public bool HasFilter => Rag is not null || Direction is not null || Exceptions || Benchmark is not null;

    public static ListContext Of(ListAnswer list)
    {
        var u = list.Understanding;
        return new ListContext(list.Lines.Select(l => l.Code).ToList(), u.Rag, u.Direction, u.Exceptions, u.Benchmark, u.ServiceAreas,
            u.Committee?.Id, list.At?.Label, u.Topic.Select(t => t.Code).ToList());
    }
}
