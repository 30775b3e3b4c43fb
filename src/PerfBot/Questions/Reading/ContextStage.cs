using PerfBot.Indicators;
using PerfBot.Questions.Conversing;

namespace PerfBot.Questions.Reading;

/// <summary>
/// Fills what a follow-up leaves out from the conversation so far: "how come?" is about the indicator just shown, "the
/// second one" an item of the last list, "and in adults?" that list again in another area, "who's on it?" the committee
/// just talked about. A question naming a subject of its own keeps it; a follow-up with nothing to follow, or words the
/// store does not hold, is never given the last subject: PerfBot asks, or says it holds nothing, instead of guessing.
/// </summary>
internal static class ContextStage
{
    /// <summary>What the stages saw that says whether the question carries on from the last answer.</summary>
    /// <param name="UnknownCommittee">The question names a committee the store does not hold.</param>
    public sealed record Shape(bool Continuation, bool Pronoun, int? Ordinal, bool PastTense, bool UnknownWords, bool NamedCommittee, bool UnknownCommittee,
        IntentStage.Signals Signals);

    public static Understanding Apply(Understanding u, Shape shape, ConversationContext? context, QuestionIndex index)
    {
        // Not the committee talked about, nor all of them: one the store does not hold, so nothing it could answer.
        if (shape.UnknownCommittee && !shape.NamedCommittee && u.Chosen is null) return u with { Intent = Intent.Unknown, Committee = null };
        // "And the one after that?" right after a meeting: the same kind of answer, for that meeting.
        if (u.Meeting is not null && !Intents.IsAboutCommittee(u.Intent) && context is { Subject: SubjectKind.Meeting or SubjectKind.Committee })
            u = u with { Intent = Intents.IsAboutCommittee(context.Intent) && context.Intent != Intent.Committee ? context.Intent : Intent.Meeting };
        if (Intents.IsAboutCommittee(u.Intent)) return AboutCommittee(u, shape, context, index);
        var s = shape.Signals;
        // "Why?" was asked back what it is about, and this names it: the answer first asked for.
        if (context?.Awaiting is { } awaited && u.Intent == Intent.Status && u.Chosen is not null && !s.Cues.Any(Intents.IsAboutOne) && !s.Filters.Any)
            return u with { Intent = awaited, FromContext = [$"names what the question before, asked back, was about: {Intents.Name(awaited)}"] };
        if (shape.UnknownWords && !s.HasIndicator && !s.Topic) return u;
        if ((u.IsAmbiguous || (u.Topic.Count > 0 && shape.Pronoun)) && context is not null && InContext(u, context) is { } known)
            return u with { Intent = Intents.IsAboutOne(u.Intent) ? u.Intent : Intent.Status, Chosen = known, DidYouMean = [], Topic = [], FromContext = [$"of those it could be, {known.Code} was in the last answer"] };
        // "And long term?" after staff sickness: of those it could be, the one most like the indicator just shown.
        if ((u.IsAmbiguous || u.Topic.Count > 0) && shape.Continuation && context is not null && LikeContext(u, context, index) is { } like)
            return u with { Intent = Intents.IsAboutOne(u.Intent) ? u.Intent : Intent.Status, Chosen = like, DidYouMean = [], Topic = [], FromContext = [$"of those it could be, {like.Code} is most like the last answer's"] };
        // "When is it again?" after a meeting or the committee: that meeting.
        if (context is { Subject: SubjectKind.Meeting or SubjectKind.Committee } && shape.Pronoun && !s.HasIndicator && !s.Topic && u.Normalised.StartsWith("when", StringComparison.Ordinal))
            return AboutCommittee(u with { Intent = Intent.Meeting, Meeting = context.Meeting is { } m ? new MeetingAsk(MeetingWhen.That, Anchor: m) : null }, shape, context, index);
        // "Getting worse?" with no list word, right after one indicator's answer, asks about that one, not for a list.
        var filtersOnly = s.Filters.Any && !shape.Pronoun && !shape.Continuation && shape.Ordinal is null
            && (s.Filters.ListWord || context is not { Subject: SubjectKind.Indicator, Codes.Count: > 0 });
        var namesSubject = s.HasIndicator || s.Topic || s.Scope || shape.NamedCommittee || filtersOnly;
        var aboutOneCue = s.Cues.Any(Intents.IsAboutOne);
        var followsOn = shape.Continuation || shape.Pronoun || shape.Ordinal is not null || u.Period is not null || aboutOneCue || s.Filters.Any;
        if (!followsOn || s.Cues.Contains(Intent.Help) && u.Intent == Intent.Help) return u;
        // "Which of those are adults & housing?": the items just listed, only those in the area named.
        if (s.Scope && shape.Pronoun && !s.HasContent && !shape.NamedCommittee && u.ServiceAreas.Count > 0
            && context is { Subject: SubjectKind.List, List: { Codes.Count: > 1 } listed })
            return NarrowList(u, listed, index);
        // "Which are the exceptions?" right after preparing for a meeting: those of the latest report held, which the
        // meeting will hear, not each indicator's figure however old.
        if (filtersOnly && u.Period is null && !s.Scope && !s.HasIndicator && !s.Topic && context is { Intent: Intent.Prepare })
            return u with { Current = true, FromContext = ["after preparing for a meeting: the latest report held"] };
        // "Which are red?" right after a list: which of those.
        if (filtersOnly && !s.Scope && !s.HasIndicator && !s.Topic && u.Normalised.StartsWith("which ", StringComparison.Ordinal)
            && context is { Subject: SubjectKind.List, List: { Codes.Count: > 1 } shown })
            return NarrowList(u, shown, index);
        if (namesSubject)
            return s.Scope && shape.Continuation && context?.List is { } refined && context.Subject == SubjectKind.List ? RefineList(u, refined, index) : u;
        if (context is null) return Clarify(u, "nothing was asked before it in the last half hour", Awaited(s));

        if (shape.Ordinal is { } ordinal)
        {
            // The items of the last list, or the two indicators just compared.
            var items = context.Subject == SubjectKind.List || context.Codes.Count < 2 ? context.List?.Codes ?? [] : context.Codes;
            if (items.Count == 0) return Clarify(u, "there is no list to pick from");
            var at = ordinal < 0 ? items.Count - 1 : ordinal - 1;
            if (at >= items.Count) return Clarify(u, $"the last answer named {items.Count}");
            return AboutIndicators(u, shape, context, index, [items[at]], $"item {at + 1} of the last answer");
        }
        if (context.Subject == SubjectKind.List && context.List is { } last)
        {
            // "Compare those two": the two indicators the last list named.
            if (s.Cues.Contains(Intent.Compare) && shape.Pronoun && last.Codes.Count == 2)
                return AboutIndicators(u, shape, context with { Codes = last.Codes, Period = null }, index, last.Codes, "the two indicators of the last list");
            // "Which of those are getting worse?": the items just listed, narrowed by the filter the follow-up adds.
            if (s.Filters.Any && shape.Pronoun && last.Codes.Count > 1) return NarrowList(u, last, index);
            if (!aboutOneCue && !shape.Pronoun) return RefineList(u, last, index);
            if (last.Codes.Count == 1) return AboutIndicators(u, shape, context, index, [last.Codes[0]], "the one item of the last list");
            return Clarify(u, $"the last answer listed {last.Codes.Count} indicators");
        }
        if (context.Codes.Count == 0) return Clarify(u, "the last answer was not about an indicator", Awaited(s));
        // "Compare those two" after two answers about one indicator each: the one before and the last.
        if (s.Cues.Contains(Intent.Compare) && shape.Pronoun && context.Codes.Count == 1 && context.Earlier.Count == 1 && SaysTwo(u.Normalised))
            return AboutIndicators(u, shape, context with { Codes = [context.Earlier[0], context.Codes[0]], Period = null }, index,
                [context.Earlier[0], context.Codes[0]], "the last two indicators talked about");
        return AboutIndicators(u, shape, context, index, context.Codes, "the indicator in the last answer");
    }

    /// <summary>The follow-up about the indicator(s) taken from the conversation, its intent and period settled.</summary>
    private static Understanding AboutIndicators(Understanding u, Shape shape, ConversationContext context, QuestionIndex index, IReadOnlyList<string> codes, string from)
    {
        var entries = codes.Select(index.ByCode).OfType<QuestionIndex.Entry>().ToList();
        if (entries.Count == 0) return Clarify(u, "the indicator talked about is no longer in the store");
        var notes = new List<string> { $"{from}: {string.Join(" and ", entries.Select(e => e.Indicator.Code))}" };
        var anchor = context.Period is { } shown && Period.TryParse(shown, out var p) && codes.SequenceEqual(context.Codes) ? p : (Period?)null;
        var s = shape.Signals;
        var intent = IntentStage.Decide(s with { HasIndicator = true, HasContent = false, Scope = false, Topic = false });
        var period = u.Period;
        if (!s.Cues.Any(Intents.IsAboutOne) && !s.Filters.Any)
        {
            // "And last year?" sets this period beside last year's; "the year before?" and "what was it last year?" ask for that year's figure.
            if (period is { Kind: PeriodAskKind.YearBeforeLatest, Written: "last year" or "vs last year" } && !shape.PastTense)
            {
                intent = Intent.Compare;
                period = null;
                notes.Add("'last year' with no figure asked for: this period beside the same period a year before");
            }
            else intent = period is null && shape.Continuation ? context.Intent is var last && Intents.IsAboutOne(last) ? last : Intent.Status : Intent.Status;
        }
        // "How does it compare with Oct 2019?": the period shown stays, set beside the earlier one named.
        if (intent == Intent.Compare && period?.Known() is { } named && anchor is { } shownNow && named < shownNow)
        {
            notes.Add($"{named.Label} is what {shownNow.Label} is set beside");
            period = new PeriodAsk(PeriodAskKind.Exact, shownNow.Label, shownNow);
        }
        else if (period is { Kind: PeriodAskKind.BeforeLatest or PeriodAskKind.YearBeforeLatest } relative && anchor is { } a)
        {
            period = relative with { Anchor = a };
            notes.Add($"counting back from {a.Label}, the period last shown");
        }
        if (period is null && context.PeriodAsked && anchor is { } kept && intent != Intent.Trend)
        {
            period = new PeriodAsk(PeriodAskKind.Exact, kept.Label, kept);
            notes.Add($"still {kept.Label}, the period asked for before");
        }
        var chosen = Candidate(entries[0]);
        var compared = intent == Intent.Compare && entries.Count > 1 ? Candidate(entries[1]) : null;
        return u with { Intent = intent, Period = period, Chosen = chosen, Compared = compared, DidYouMean = [], Topic = [], Rag = null, Direction = null, Exceptions = false, FromContext = notes };
    }

    /// <summary>The last list again, with what the follow-up changes: another period, filter or service area.</summary>
    private static Understanding RefineList(Understanding u, ListContext last, QuestionIndex index)
    {
        var notes = new List<string> { "the last list, with what this question changes" };
        var period = u.Period;
        if (period is { Kind: PeriodAskKind.BeforeLatest or PeriodAskKind.YearBeforeLatest } relative && last.Period is { } shown && Period.TryParse(shown, out var anchor))
            period = relative with { Anchor = anchor };
        else if (period is null && last.Period is { } kept && Period.TryParse(kept, out var held))
            period = new PeriodAsk(PeriodAskKind.Exact, kept, held);
        var changesFilter = u.Rag is not null || u.Direction is not null || u.Exceptions || u.Benchmark is not null;
        var topic = last.TopicCodes.Select(index.ByCode).OfType<QuestionIndex.Entry>().Select(Candidate).ToList();
        var committee = u.Committee ?? index.Committees.FirstOrDefault(c => c.Id == last.CommitteeId);
        return u with
        {
            Intent = changesFilter || last.HasFilter ? Intent.List : Intent.Topic,
            Period = period,
            Rag = changesFilter ? u.Rag : last.Rag,
            Direction = changesFilter ? u.Direction : last.Direction,
            Exceptions = changesFilter ? u.Exceptions : last.Exceptions,
            Benchmark = changesFilter ? u.Benchmark : last.Benchmark,
            ServiceAreas = u.ServiceAreas.Count > 0 ? u.ServiceAreas : last.ServiceAreas,
            Committee = u.ServiceAreas.Count > 0 ? u.Committee : committee,
            Topic = u.ServiceAreas.Count > 0 ? [] : topic,
            Chosen = null,
            DidYouMean = [],
            FromContext = notes,
        };
    }

    /// <summary>The items of the last list, as shown, with the filter or service area this follow-up adds to those that made it.</summary>
    private static Understanding NarrowList(Understanding u, ListContext last, QuestionIndex index)
    {
        var items = last.Codes.Select(index.ByCode).OfType<QuestionIndex.Entry>().Select(Candidate).ToList();
        var period = u.Period ?? (last.Period is { } kept && Period.TryParse(kept, out var held) ? new PeriodAsk(PeriodAskKind.Exact, kept, held) : null);
        return u with
        {
            Intent = Intent.List,
            Period = period,
            Rag = u.Rag ?? last.Rag,
            Direction = u.Direction ?? last.Direction,
            Exceptions = u.Exceptions || last.Exceptions,
            Benchmark = u.Benchmark ?? last.Benchmark,
            ServiceAreas = u.ServiceAreas,
            Committee = null,
            Topic = items,
            Chosen = null,
            DidYouMean = [],
            FromContext = [$"the {items.Count} items of the last list, narrowed by what this question adds"],
        };
    }

    /// <summary>A committee question: the committee named, else the one talked about, and a meeting relative to the last one.</summary>
    private static Understanding AboutCommittee(Understanding u, Shape shape, ConversationContext? context, QuestionIndex index)
    {
        var notes = new List<string>();
        var committee = u.Committee;
        if (!shape.NamedCommittee && context?.CommitteeId is { } id && index.Committees.FirstOrDefault(c => c.Id == id) is { } talked)
        {
            if (committee?.Id != talked.Id) notes.Add($"the committee talked about: {talked.Name}");
            committee = talked;
        }
        var meeting = u.Meeting;
        if (meeting is { When: MeetingWhen.After or MeetingWhen.Before or MeetingWhen.That, Anchor: null, Within: null } && context?.Meeting is { } lastMeeting)
        {
            meeting = meeting with { Anchor = lastMeeting };
            notes.Add($"relative to the meeting talked about, {lastMeeting:yyyy-MM-dd}");
        }
        var chosen = u.Chosen;
        if (u.Intent == Intent.Committee && chosen is null && shape.Pronoun && u.Members.Count == 0 && context is { Subject: SubjectKind.Indicator, Codes.Count: > 0 }
            && index.ByCode(context.Codes[0]) is { } entry && committee is null)
        {
            chosen = Candidate(entry);
            notes.Add($"the indicator in the last answer: {entry.Indicator.Code}");
        }
        return u with { Committee = committee, Meeting = meeting, Chosen = chosen, FromContext = notes };
    }

    private static Understanding Clarify(Understanding u, string why, Intent? awaiting = null) =>
        u with { Intent = Intent.Clarify, Chosen = null, DidYouMean = [], Topic = [], Awaiting = awaiting, FromContext = [$"a follow-up, but {why}: asking what it is about"] };

    private static bool SaysTwo(string normalised) => QuestionText.Words(normalised) is var words
        && (words.Contains("both") || Enumerable.Range(1, Math.Max(0, words.Length - 1)).Any(i => words[i] is "two" or "2" && words[i - 1] is "those" or "these" or "the"));

    /// <summary>The kind of answer about one indicator a follow-up's cues ask for, if any.</summary>
    private static Intent? Awaited(IntentStage.Signals s) =>
        s.Cues.Any(Intents.IsAboutOne) ? IntentStage.Decide(s with { HasIndicator = true, HasContent = false, Scope = false, Topic = false }) : null;

    /// <summary>Of a "Did you mean…", the one choice the last answer showed, if exactly one.</summary>
    private static Candidate? InContext(Understanding u, ConversationContext context)
    {
        var shown = context.Shown();
        var known = u.DidYouMean.Concat(u.Topic).Where(c => shown.Contains(c.Code)).DistinctBy(c => c.Code).ToList();
        return known.Count == 1 ? known[0] : null;
    }

    /// <summary>The choice sharing clearly the most of its words (by weight) with the indicators last shown; null when none does.</summary>
    private static Candidate? LikeContext(Understanding u, ConversationContext context, QuestionIndex index)
    {
        var shown = context.Codes.Select(index.ByCode).OfType<QuestionIndex.Entry>().SelectMany(e => e.Stems).ToHashSet(StringComparer.Ordinal);
        if (shown.Count == 0) return null;
        var ranked = u.DidYouMean.Concat(u.Topic).DistinctBy(c => c.Code)
            .Select(c => (Candidate: c, Shared: c.Entry.Stems.Where(shown.Contains).Sum(index.Idf))).OrderByDescending(x => x.Shared).ToList();
        return ranked.Count > 0 && ranked[0].Shared > 0 && (ranked.Count == 1 || ranked[0].Shared >= 2 * ranked[1].Shared) ? ranked[0].Candidate : null;
    }

    private static Candidate Candidate(QuestionIndex.Entry entry) => new(entry, 1, 1, 1, 0, "conversation", [entry.Indicator.Code]);
}
