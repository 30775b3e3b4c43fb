namespace PerfBot.Questions;

/// <summary>
/// The committee itself: its chair, vice-chair and members, or which committee scrutinises an indicator; with no
/// committee named and several held, which ones the store knows. Cites where the membership was read from.
/// </summary>
/// <param name="Committee">The committee asked about; null when the question did not say and the store holds several (or none).</param>
/// <param name="ScrutinisedBy">For "which committee looks at …": the indicator asked about and the committees that scrutinise it.</param>
public sealed record CommitteeAnswer(Understanding Understanding, IReadOnlyList<string> Suggestions, Committee? Committee,
    IReadOnlyList<string> Committees, IndicatorLine? About, IReadOnlyList<string> ScrutinisedBy) : Answer(Understanding, Suggestions);

/// <summary>A committee's meetings as asked for: the next, the last, on a day, in a period, before or after another.</summary>
/// <param name="Meetings">The meetings found, oldest first; empty when none fits.</param>
/// <param name="Next">When none fits, the next meeting after today, so the answer still says when the committee meets.</param>
public sealed record MeetingAnswer(Understanding Understanding, IReadOnlyList<string> Suggestions, DateOnly AsOf, Committee? Committee,
    IReadOnlyList<Meeting> Meetings, Meeting? Next, Meeting? Last, IReadOnlyList<string> Committees) : Answer(Understanding, Suggestions);

/// <summary>Forward-plan items: those of a meeting, those about what was asked, or those with no meeting yet.</summary>
/// <param name="Meeting">The meeting asked about, when one was; its items are <paramref name="Items"/>.</param>
public sealed record ForwardPlanAnswer(Understanding Understanding, IReadOnlyList<string> Suggestions, DateOnly AsOf, Committee? Committee,
    Meeting? Meeting, IReadOnlyList<PlanItem> Items, IReadOnlyList<string> Committees) : Answer(Understanding, Suggestions);

/// <summary>What a member might ask about at a committee's next meeting: the brief's focus areas and questions, from stored figures.</summary>
/// <param name="Preparation">Null when no brief can be composed (no meeting ahead, or briefs are not available here).</param>
public sealed record PrepareAnswer(Understanding Understanding, IReadOnlyList<string> Suggestions, DateOnly AsOf, Committee? Committee,
    Meeting? Meeting, MeetingPreparation? Preparation, IReadOnlyList<string> Committees) : Answer(Understanding, Suggestions)
{
    /// <summary>The subject the member is preparing on ("what should I ask about foster carers?"), each at its latest;
    /// empty for the whole meeting. The preparation is then only what concerns it.</summary>
    public IReadOnlyList<IndicatorLine> Subject { get; init; } = [];
}

/// <summary>The brief's focus and questions for one meeting, for any member; each focus area names its indicator.</summary>
/// <param name="Sources">The reports the figures behind it came from.</param>
public sealed record MeetingPreparation(IReadOnlyList<PreparationFocus> Focus, IReadOnlyList<string> Questions, string DataAge, IReadOnlyList<string> Sources)
{
    /// <summary>The indicator each of <see cref="Questions"/> is about, in the same order; null for a question about none.</summary>
    public IReadOnlyList<string?> QuestionCodes { get; init; } = [];

    /// <summary>Only what concerns these indicators.</summary>
    public MeetingPreparation Of(IReadOnlySet<string> codes) => this with
    {
        Focus = Focus.Where(f => codes.Contains(f.Code)).ToList(),
        Questions = Questions.Where((_, i) => i < QuestionCodes.Count && QuestionCodes[i] is { } code && codes.Contains(code)).ToList(),
        QuestionCodes = QuestionCodes.Where(c => c is not null && codes.Contains(c)).ToList(),
    };
}

public sealed record PreparationFocus(string Code, string Name, string Reason);

/// <summary>
/// Composes the brief's focus areas and questions for a committee's meeting. Briefings implements it (it composes
/// the briefs); Questions asks through this so it need not depend on Briefings.
/// </summary>
public interface IMeetingPreparer
{
    MeetingPreparation? Prepare(long committeeId, DateOnly meeting, DateOnly asOf);
}
