using PerfBot.Questions.Conversing;
using PerfBot.Questions.Reading;

namespace PerfBot.Questions;

/// <summary>
/// Understands a member's question against a <see cref="QuestionIndex"/>: deterministic, no I/O, and explained in full by
/// the <see cref="Understanding"/> it returns. <see cref="Read(string, QuestionIndex, ReaderConfig, ConversationContext?, bool)"/>
/// is the list of stages, each in Questions/Reading: a stage takes the words it understands out of an immutable token
/// sequence and hands the rest on. The conversation so far comes in as a value and is used only to fill what the
/// question leaves out (<see cref="ContextStage"/>). Nothing here names an indicator: all of that is data.
/// </summary>
public static class QuestionReader
{
    public static Understanding Read(string question, QuestionIndex index) => Read(question, index, ReaderConfig.Default, null, prune: true);

    public static Understanding Read(string question, QuestionIndex index, ReaderConfig config, ConversationContext? context = null) =>
        Read(question, index, config, context, prune: true);

    /// <param name="prune">False scores every candidate in full — every indicator holding one of the question's words
    /// that is in no more than half the names — with no bound and every such word drawn: the reference the tests hold the
    /// pruned scoring to.</param>
    internal static Understanding Read(string question, QuestionIndex index, bool prune) => Read(question, index, ReaderConfig.Default, null, prune);

    internal static Understanding Read(string question, QuestionIndex index, ReaderConfig config, ConversationContext? context, bool prune)
    {
        var normalised = config.WithoutGreeting(QuestionText.Normalise(question));
        var words = QuestionText.Words(normalised);
        var period = PeriodStage.Read(Tokens.Of(normalised), config, index.AsOf);
        var benchmark = FilterStage.ReadBenchmark(period.Tokens, config);
        var cues = CueStage.Read(benchmark.Tokens, config);
        // "Are we meeting the target?": meeting as a verb.
        if (cues.Cues.Contains(Intent.Target) && cues.Cues.Contains(Intent.Meeting) && cues.Matched.All(m => m is not ("next meeting" or "meetings" or "what date")))
            cues = cues.Without(Intent.Meeting);
        if (cues.Cues.Contains(Intent.Trend) && cues.Cues.Contains(Intent.Compare) && cues.Matched.Where(config.IsCompareCue).All(config.ChangeWords.Contains))
            cues = cues.Without(Intent.Compare);
        // "Getting better or worse?", "going up or down?" ask which way it is moving over time; "better or worse than last year?" compares.
        if (cues.Cues.Contains(Intent.Compare) && cues.Matched.Where(config.IsCompareCue).ToList() is { Count: > 0 } compared
            && compared.All(c => config.ChangeWords.Contains(c) && (normalised.Contains($"getting {c}", StringComparison.Ordinal) || normalised.Contains($"going {c}", StringComparison.Ordinal))))
            cues = cues.Without(Intent.Compare).With(Intent.Trend);
        // "The 95% national target": a benchmark's name said of the target is which target, not a comparison asked for.
        if (cues.Cues.Contains(Intent.Target) && cues.Cues.Contains(Intent.Compare) && NamesTarget(words, cues.Matched.Where(config.IsCompareCue).ToList(), config))
            cues = cues.Without(Intent.Compare);
        // "Why isn't there a target?", "is there a target?": the target is what is asked about.
        if (cues.Cues.Contains(Intent.Target) && cues.Cues.Contains(Intent.Why) && Enumerable.Range(0, words.Length).Any(i => words[i] == "there" && words.Skip(i + 1).Take(3).Any(w => w is "target" or "targets")))
            cues = cues.Without(Intent.Why);
        cues = cues.WithHelpAsked(words, config).WithStateAsked(words, config).WithAimSetAside(config);
        var aboutCommittee = cues.Cues.Any(Intents.IsAboutCommittee) || (period.Period is { Kind: PeriodAskKind.Day } && words.Any(CommitteeStage.IsCommitteeWord));
        var filtering = FilterStage.Read(cues.Tokens, config, benchmark.Filter);
        var areas = ServiceAreaStage.Read(filtering.Tokens.SplitFigures(), index);
        var committee = CommitteeStage.Read(areas.Tokens, index, committeeCue: aboutCommittee);
        var members = MemberStage.Read(committee.Tokens, index, committeeCue: aboutCommittee || committee.Committee is not null);
        // "When did committee look at the Q1 report?": the committee said with "when" asks of its meetings, as a day does.
        var meeting = MeetingStage.Read(members.Tokens, period.Period, config, aboutCommittee || members.Members.Count > 0 || (committee.Mentioned && words.FirstOrDefault() == "when"),
            context is { Subject: SubjectKind.Meeting } ? context.Meeting : null);
        var followUp = FollowUpStage.Read(meeting.Tokens, index, config);
        var concepts = ConceptStage.Read(followUp.Tokens, index, config, quotesFigures: cues.Cues.Contains(Intent.Target) || cues.Cues.Contains(Intent.Compare));
        // Only for a list with filters may the words left be part of a service area's name ("amber in HR").
        var partial = areas.Areas.Count == 0 && committee.Committee is null && filtering.Filters.Any
            ? ServiceAreaStage.ReadPartial(followUp.Tokens, index, config)
            : new ServiceAreaStage.Result(followUp.Tokens, [], []);
        List<string> serviceAreas = [.. areas.Areas, .. partial.Areas];
        var sequence = partial.Tokens.Where(t => !t.Consumed).Select(t => t.Stem).ToArray();
        var contrast = config.Contrasts.Any(c => QuestionIndex.Contains(words, c));
        var scope = partial.Tokens.Where(t => t.IsScope && !t.Consumed).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        var setAside = contrast ? ContrastStage.SetAside(words, concepts.Concepts, config) : null;
        var ranked = CandidateRanking.Rank(concepts.Concepts, sequence, index, serviceAreas, config, prune, contrast, scope, setAside);
        var choice = ChoiceStage.Read(question, ranked, index, config, concepts.Concepts, period.Period?.Known());
        // Words fitting several alike in a conversation: the one of them the last answer showed says which, before the plainest name does.
        if (choice.Tied.Count > 0 && context?.Shown() is { } shown && choice.Tied.Count(c => shown.Contains(c.Code)) == 1)
            choice = choice with { Chosen = null, DidYouMean = choice.Tied, Notes = [], Tied = [] };
        // No name explains the question: what the store says of each indicator may.
        if (choice is { Chosen: null, DidYouMean.Count: 0 } && !aboutCommittee && DescribedStage.Read(concepts.Concepts, ranked, index, config) is { } described)
            choice = choice with { Chosen = described, Notes = [.. choice.Notes, $"{described.Code}: read from what the store says of it (its polarity reason, commentary and actions), not its names: question {described.QueryCoverage.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} covered, those words at half"] };
        // "Good or outstanding nurseries", "tribunals against the council": a comparing phrase the chosen indicator's own
        // name holds is part of that name (one word only when no period is named to set it against).
        if (cues.Cues.Contains(Intent.Compare) && choice.Chosen is { } chosen && benchmark.Filter is null
            && cues.Matched.Where(config.IsCompareCue).ToList() is { Count: > 0 } comparing
            && comparing.All(c => QuestionText.ContentStems(c) is { Count: > 0 } stems && (stems.Count > 1 || period.Period is null) && stems.All(chosen.Entry.Stems.Contains)))
            cues = cues.Without(Intent.Compare);
        // No indicator named, and every word left is part of a service area's name ("HR figures"): that whole area.
        if (serviceAreas.Count == 0 && committee.Committee is null && choice.Chosen is null && choice.DidYouMean.Count == 0 && !filtering.Filters.Any
            && ServiceAreaStage.ReadPartial(followUp.Tokens, index, config) is { Areas.Count: > 0 } byArea)
        {
            partial = byArea;
            serviceAreas = [.. byArea.Areas];
        }
        var beyondScope = partial.Tokens.Where(t => ServiceAreaStage.IsBeyondScope(t, config)).ToList();
        // A topic is named by words of its own: a service area named alone is that area, not a topic of its words.
        var askAll = words.Contains("everything")
            || (words.Any(w => w is "all" or "every") && words.Any(config.MeasureWords.Contains));
        var namedTopic = beyondScope.Count > 0 ? NamedTopicStage.Read(partial.Tokens, concepts.Concepts, choice.Candidates, choice.Chosen, index, config, askAll) : null;
        // A topic's name that holds a service area's word ("safeguarding adults") names the topic, not a filter on it.
        if (namedTopic is { UsedScopeWords: true }) serviceAreas = [];
        var framed = namedTopic is null && choice.Notes.Count == 0 && beyondScope.Count > 0 && askAll
            ? TopicStage.Framed(partial.Tokens, concepts.Concepts, choice.Candidates, index, config) : [];
        var topicNote = framed.Count > 0 ? "topic: every indicator naming the words between 'all' and 'measures'" : null;
        var topic = namedTopic?.Topic ?? (framed.Count > 0 ? framed
            : choice.Notes.Count == 0 && beyondScope.Count > 0 ? TopicStage.Read(concepts.Concepts, choice.Candidates, index, askAll) : []);
        // "Safeguarding adults": a topic reaching beyond the area its words named was named by them, not filtered to it.
        if (namedTopic is null && topic.Any(c => c.Entry.Indicator.ServiceArea is not { } a || !serviceAreas.Contains(a))) serviceAreas = [];
        // "X - how do people rate us?": a subject before a dash, then how it is asked.
        if (topic.Count == 0 && beyondScope.Count > 0 && choice.Chosen is null && choice.Notes.Count == 0 && !filtering.Filters.Any && serviceAreas.Count == 0
            && !cues.Cues.Any(c => c != Intent.Status && Intents.IsAboutOne(c)))
        {
            topic = TopicStage.Headed(partial.Tokens, question, concepts.Concepts, choice.Candidates, index, config);
            if (topic.Count > 0) topicNote = "topic: the subject before the dash; the words after it say how it is asked";
        }
        // "Sickness and turnover figures": subjects joined by "and", unless one name says the whole question.
        if (topic.Count == 0 && beyondScope.Count > 0 && !cues.Cues.Contains(Intent.Compare) && choice.Chosen is not { QueryCoverage: >= 0.99, FieldCoverage: >= 0.99 })
            topic = ConjunctionStage.Read(partial.Tokens, index, config);
        // "What do we have on safeguarding feedback?": offered indicators the question's words fit exactly alike, asked
        // nothing of any one of them and filtered by nothing, are all of what it asks about.
        if (topic.Count == 0 && choice is { Chosen: null, DidYouMean.Count: > 1, Notes.Count: 0 } && !cues.Cues.Any(Intents.IsAboutOne) && !filtering.Filters.Any
            && beyondScope.Count > 0 && serviceAreas.Count == 0 && committee.Committee is null
            && Candidate.ExplainAlike(choice.DidYouMean))
            topic = TopicStage.InTopicOrder(choice.DidYouMean);
        var pair = cues.Cues.Contains(Intent.Compare) ? PairStage.Read(partial.Tokens, choice, index, config, prune) : null;
        // "Everything on residential vs community care": both, as a topic, not one set against the other.
        if (pair is not null && words.Contains("everything") && filtering.Filters.Benchmark is null)
        {
            topic = TopicStage.InTopicOrder([pair.First, pair.Second]);
            (pair, cues) = (null, cues.Without(Intent.Compare));
        }
        var signals = new IntentStage.Signals(cues.Cues, filtering.Filters,
            Scope: serviceAreas.Count > 0 || committee.Named,
            HasIndicator: choice.Chosen is not null || choice.DidYouMean.Count > 0 || pair is not null,
            HasContent: beyondScope.Count > 0,
            Topic: topic.Count > 0,
            Members: members.Members.Count > 0,
            ListCommand: partial.Tokens.Any(t => t.Word == "list"),
            CommitteeDay: (committee.Mentioned || committee.Committee is not null) && (period.Period is { Kind: PeriodAskKind.Day } || words.FirstOrDefault() is { } first && QuestionText.IsWhen(first)),
            Offered: choice.Chosen is null && choice.DidYouMean.Count > 0 && pair is null);
        var intent = IntentStage.Decide(signals);
        // What a meeting or item is about may be a service area's words ("housing performance"), not the committee's own.
        var namedCommittee = committee.Committee ?? members.Committee;
        var subject = partial.Tokens.Where(t => !t.Consumed && !t.IsStop && !config.ListWords.Contains(t.Word)).Select(t => t.Stem)
            .Except(namedCommittee is { } named ? index.CommitteeKeys.Where(k => k.Committee.Id == named.Id).SelectMany(k => k.Key) : []).Distinct().ToList();
        // "When is the risk update coming?": an agenda item says it better than any indicator does.
        if ((intent is Intent.Status or Intent.Unknown || (intent == Intent.Help && !cues.Cues.Contains(Intent.Help))) && topic.Count == 0 && (ForwardPlanStage.FitsBetter(subject, QuestionText.ContentStems(normalised), index, choice.Candidates.FirstOrDefault()) || ForwardPlanStage.AsksWhenOfTitle(words, index)))
            intent = Intent.ForwardPlan;
        // "X vs Y: is it going up over time?" asks one trend of two: which is asked, not both figures set side by side.
        if (intent == Intent.Compare && pair is not null && cues.Cues.Contains(Intent.Trend) && filtering.Filters.Benchmark is null)
        {
            (intent, choice, pair) = (Intent.Trend, choice with { Chosen = null, DidYouMean = [pair.First, pair.Second], Notes = [.. choice.Notes, "a trend asked of two indicators: asked which"] }, null);
        }
        // "Up or down on last year?": last year is what this period is set beside, not the period asked about.
        var asked = intent == Intent.Compare && period.Period is { Kind: PeriodAskKind.YearBeforeLatest or PeriodAskKind.BeforeLatest } ? null : period.Period;
        var aboutOne = Intents.IsAboutOne(intent);

        List<string> notes = [.. period.Notes, .. benchmark.Notes, .. cues.Notes, .. areas.Notes, .. committee.Notes, .. members.Notes, .. meeting.Notes,
            .. followUp.Notes, .. concepts.Notes, .. setAside is { Count: > 0 } ? new[] { $"set aside by the contrast: '{string.Join("', '", setAside)}' (only a name saying 'not' of it is explained by it)" } : [], .. partial.Notes, .. choice.Notes, .. namedTopic is null ? [] : new[] { $"topic '{namedTopic.Rule.Name}' (topics file)" },
            .. topicNote is null ? [] : new[] { topicNote }];
        var understood = new Understanding(question, normalised, intent, asked, filtering.Filters.Rag, filtering.Filters.Direction,
            filtering.Filters.Exceptions, serviceAreas, namedCommittee, concepts.Concepts.Select(c => c.Label).ToList(),
            choice.Candidates.Take(5).ToList(), aboutOne || intent is Intent.Committee or Intent.Prepare ? pair?.First ?? choice.Chosen : null,
            aboutOne ? choice.DidYouMean : [], notes)
        {
            Compared = intent == Intent.Compare ? pair?.Second : null,
            Topic = intent is Intent.Topic or Intent.List or Intent.Prepare ? topic : [],
            Benchmark = filtering.Filters.Benchmark,
            Role = CommitteeRoles.Of(cues.Matched),
            Members = members.Members,
            Meeting = meeting.Ask,
            Undated = meeting.Undated,
            Current = config.CurrentWords.Any(c => QuestionIndex.Contains(words, c)),
            SubjectStems = subject,
            Nearest = choice.Chosen is null && choice.DidYouMean.Count == 0 ? choice.Nearest : null,
        };
        var shape = new ContextStage.Shape(followUp.Continuation, followUp.Pronoun, followUp.Ordinal, followUp.PastTense,
            UnknownWords: beyondScope.Any(t => !index.Knows(t.Stem) && !t.Word.Any(char.IsDigit)),
            NamedCommittee: committee.Named || members.Members.Count > 0, UnknownCommittee: committee.Unknown, signals);
        return ContextStage.Apply(understood, shape, context, index);
    }

    /// <summary>Every comparing cue found is a benchmark's name standing just before a target word.</summary>
    private static bool NamesTarget(string[] words, IReadOnlyList<string> compareCues, ReaderConfig config)
    {
        var targets = config.Cues.First(c => c.Intent == Intent.Target).Phrases.Select(p => p.Text).ToHashSet(StringComparer.Ordinal);
        return compareCues.Count > 0 && compareCues.All(cue => config.BenchmarkWords.Any(b => b.Phrase.Text == cue)
            && Enumerable.Range(0, words.Length - 1).Any(i => words[i] == cue.Split(' ')[^1] && targets.Contains(words[i + 1])));
    }
}
