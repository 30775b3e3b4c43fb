using System.Globalization;
using PerfBot.Indicators;

namespace PerfBot.Questions;

/// <summary>
/// Understands a member's question against a <see cref="QuestionIndex"/>: deterministic, no I/O, and explained in full by
/// the <see cref="Understanding"/> it returns. The steps: normalise; take out the period; find intent cue words and the
/// RAG, direction and exception filters; find service areas and committees; expand the council's vocabulary; resolve
/// typos against the words the store uses; score indicators. Nothing here names an indicator: all of that is data.
/// </summary>
public static class QuestionReader
{
    /// <summary>The lowest score and share of the question explained at which an indicator is taken as meant.</summary>
    public const double AcceptScore = 0.5;
    public const double AcceptCoverage = 0.55;
    /// <summary>Candidates this close to the best are offered as "Did you mean…" instead of picking one.</summary>
    public const double AmbiguityMargin = 0.035;

    private sealed class Token(string word, string stem)
    {
        public string Word { get; } = word;
        public string Stem { get; } = stem;
        public bool IsStop { get; } = QuestionText.StopWords.Contains(word);
        public bool Consumed { get; set; }
        /// <summary>Names a service area or committee: a filter for lists, but still words of the indicator's name for one.</summary>
        public bool IsScope { get; set; }
    }

    private sealed record Alternative(string[] Stems, double[] Quality, string Label);

    private sealed record Concept(string Label, List<Alternative> Alternatives, double Weight);

    // Intent cue phrases, in plain English. Order matters only for which intent wins when several appear (see Decide).
    private static readonly (Intent Intent, string[] Phrases)[] Cues =
    [
        (Intent.Help, ["help", "what can you do", "what can i ask", "what do you do", "how do i use", "how does this work", "commands", "examples", "example questions", "what can you tell me", "what do you know", "menu", "get started"]),
        (Intent.NextMeeting, ["next meeting", "next committee", "when is the next", "when does the committee meet", "when do we meet", "meeting", "meetings", "meet", "meets", "committee date", "agenda", "forward plan"]),
        (Intent.Why, ["why", "how come", "whats happening", "what is happening", "what happened", "whats going on", "what is going on", "whats behind", "what is behind", "explain", "explanation", "reason", "reasons", "commentary", "narrative", "cause", "causes", "causing", "whats driving", "driving", "context", "story behind"]),
        (Intent.Actions, ["what is being done", "whats being done", "being done", "doing about", "what are we doing", "what are officers doing", "action", "actions", "action plan", "improve", "fix", "fixing", "next steps", "steps", "mitigation", "mitigations", "tackle", "tackling", "address", "addressing", "recovery plan", "what will we do", "what are we going to do", "plan to improve", "plans to improve"]),
        (Intent.Compare, ["compare", "compared", "comparison", "comparing", "benchmark", "benchmarks", "benchmarked", "benchmarking", "england", "national", "nationally", "national average", "neighbours", "neighbour", "stat neighbours", "statistical neighbours", "good plus", "goodplus", "good or outstanding", "vs", "versus", "other councils", "other authorities", "other las", "similar councils", "average", "stack up", "league table", "peers"]),
        (Intent.Owner, ["owner", "owns", "who owns", "responsible", "accountable", "lead officer", "who leads", "in charge", "who is the lead", "whos the lead", "who do i ask", "who to ask", "who should i ask", "officer for"]),
        (Intent.Target, ["target", "targets", "aim", "aiming", "goal", "should be", "supposed to be", "meant to be", "ambition"]),
        (Intent.Trend, ["trend", "trends", "trending", "over time", "history", "historic", "historical", "chart", "graph", "plot", "trajectory", "over the year", "over the years", "over the last", "since", "going up", "going down", "rising", "falling", "increasing", "decreasing", "changed", "year on year", "time series", "direction of travel", "dot", "moving", "movement"]),
    ];

    /// <summary>Each intent's phrases longest first, so "what is being done" is consumed before "done" could be.</summary>
    private static readonly (Intent Intent, string[] Phrases)[] CuesLongestFirst =
        Cues.Select(c => (c.Intent, c.Phrases.OrderByDescending(p => p.Length).ToArray())).ToArray();

    private static readonly (string Phrase, Rag Rag)[] RagWords =
        [("red", Rag.Red), ("reds", Rag.Red), ("amber", Rag.Amber), ("ambers", Rag.Amber), ("green", Rag.Green), ("greens", Rag.Green)];

    private static readonly (string Phrase, Direction Direction)[] DirectionWords =
    [
        ("improving", Direction.Improving), ("improved", Direction.Improving), ("getting better", Direction.Improving), ("better", Direction.Improving),
        ("worsening", Direction.Worsening), ("worsened", Direction.Worsening), ("getting worse", Direction.Worsening), ("worse", Direction.Worsening),
        ("deteriorating", Direction.Worsening), ("declining", Direction.Worsening), ("going backwards", Direction.Worsening),
        ("unchanged", Direction.Same), ("no change", Direction.Same), ("static", Direction.Same), ("stable", Direction.Same), ("flat", Direction.Same),
    ];

    private static readonly string[] ExceptionWords =
        ["exception", "exceptions", "exception report", "off track", "failing", "struggling", "underperforming", "not on track", "problem areas", "worrying", "of concern", "red flags"];

    private static readonly HashSet<string> ListWords = new(StringComparer.Ordinal)
        { "list", "which", "all", "every", "everything", "anything", "any", "show", "what", "whats", "where", "ones", "areas", "indicators", "measures", "kpis", "how many", "summary", "overview" };

    private static readonly string[] MonthWords = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly (string Phrase, PeriodAskKind Kind, PeriodKind? Length)[] RelativePeriods =
    [
        ("last month", PeriodAskKind.Latest, PeriodKind.Month), ("this month", PeriodAskKind.Latest, PeriodKind.Month), ("latest month", PeriodAskKind.Latest, PeriodKind.Month),
        ("most recent month", PeriodAskKind.Latest, PeriodKind.Month), ("previous month", PeriodAskKind.BeforeLatest, PeriodKind.Month), ("month before", PeriodAskKind.BeforeLatest, PeriodKind.Month),
        ("last quarter", PeriodAskKind.Latest, PeriodKind.Quarter), ("this quarter", PeriodAskKind.Latest, PeriodKind.Quarter), ("latest quarter", PeriodAskKind.Latest, PeriodKind.Quarter),
        ("most recent quarter", PeriodAskKind.Latest, PeriodKind.Quarter), ("previous quarter", PeriodAskKind.BeforeLatest, PeriodKind.Quarter), ("quarter before", PeriodAskKind.BeforeLatest, PeriodKind.Quarter),
        ("same time last year", PeriodAskKind.YearBeforeLatest, null), ("same period last year", PeriodAskKind.YearBeforeLatest, null), ("last year", PeriodAskKind.YearBeforeLatest, null),
        ("a year ago", PeriodAskKind.YearBeforeLatest, null), ("year ago", PeriodAskKind.YearBeforeLatest, null), ("previous year", PeriodAskKind.YearBeforeLatest, null),
        ("most recent", PeriodAskKind.Latest, null), ("latest", PeriodAskKind.Latest, null), ("right now", PeriodAskKind.Latest, null),
    ];

    public static Understanding Read(string question, QuestionIndex index) => Read(question, index, prune: true);

    /// <param name="prune">False scores every candidate in full — every indicator holding one of the question's words
    /// that is in no more than half the names — with no bound and no rare-words pass: the reference the tests hold the
    /// pruned scoring to.</param>
    internal static Understanding Read(string question, QuestionIndex index, bool prune)
    {
        var normalised = QuestionText.Normalise(question);
        var notes = new List<string>();
        var tokens = QuestionText.Words(normalised).Select(w => new Token(w, QuestionText.Stem(w))).ToList();

        var period = FindPeriod(tokens, notes);
        var cues = FindCues(tokens, notes);
        var rag = FindFirst(tokens, RagWords.Select(r => (r.Phrase, (Rag?)r.Rag)));
        var direction = FindFirst(tokens, DirectionWords.Select(d => (d.Phrase, (Direction?)d.Direction)));
        var exceptions = FindFirst(tokens, ExceptionWords.Select(e => (e, (bool?)true))) == true;
        var listWord = tokens.Any(t => ListWords.Contains(t.Word)) || Find(tokens, "how many") >= 0;
        // Figures split at their punctuation for matching (a "2025/26" left over is not a period we understood).
        tokens = tokens.SelectMany(t => t.Consumed || !t.Word.Contains('/') && !t.Word.Contains('-')
            ? [t] : t.Word.Split('/', '-').Where(w => w.Length > 0).Select(w => new Token(w, QuestionText.Stem(w)))).ToList();
        var areas = FindServiceAreas(tokens, index, notes);
        var committee = FindCommittee(tokens, index, notes, cues.Contains(Intent.NextMeeting));
        var concepts = BuildConcepts(tokens, index, notes);
        // Words left once the service area or committee is set aside: none means the question is about the whole area.
        var beyondScope = tokens.Any(t => !t.Consumed && !t.IsScope && !t.IsStop && !ListWords.Contains(t.Word));
        if (areas.Count == 0 && committee is null && (rag is not null || direction is not null || exceptions))
            areas = PartialServiceArea(tokens, index, notes);
        if (areas.Count > 0 && !tokens.Any(t => !t.Consumed && !t.IsScope && !t.IsStop && !ListWords.Contains(t.Word))) beyondScope = false;

        var sequence = tokens.Where(t => !t.Consumed).Select(t => t.Stem).ToList();
        var candidates = Score(concepts, sequence, index, areas, prune);
        Candidate? chosen = null;
        IReadOnlyList<Candidate> didYouMean = [];
        if (candidates.Count > 0 && candidates[0].Score >= AcceptScore && candidates[0].QueryCoverage >= AcceptCoverage)
        {
            var top = candidates[0];
            var close = candidates.Where(c => c.Score >= top.Score - AmbiguityMargin && c.QueryCoverage >= AcceptCoverage).Take(3).ToList();
            if (close.Count > 1) didYouMean = close;
            else chosen = top;
        }

        // A code written out (as the "Did you mean…" buttons send it) names the indicator outright.
        var byCode = question.Split([' ', '\t', ',', '?', '!', '"', '(', ')', ';', ':'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => index.ByCode(w.Trim('.'))).FirstOrDefault(e => e is not null);
        if (byCode is not null)
        {
            chosen = new Candidate(byCode, 1, 1, 1, 0, "code", [byCode.Indicator.Code]);
            candidates.Insert(0, chosen);
            didYouMean = [];
            notes.Add($"code '{byCode.Indicator.Code}'");
        }

        var hasIndicator = chosen is not null || didYouMean.Count > 0;
        var intent = Decide(cues, rag, direction, exceptions, areas.Count > 0 || committee is not null, listWord, hasIndicator, beyondScope);
        if (!Intents.IsAboutOne(intent))
        {
            chosen = null;
            didYouMean = [];
        }
        return new Understanding(question, normalised, intent, period, rag, direction, exceptions, areas, committee,
            concepts.Select(c => c.Label).ToList(), candidates.Take(5).ToList(), chosen, didYouMean, notes);
    }

    private static Intent Decide(HashSet<Intent> cues, Rag? rag, Direction? direction, bool exceptions, bool scope, bool listWord, bool hasIndicator, bool hasContent)
    {
        var filters = rag is not null || direction is not null || exceptions;
        // "What's red in children's services", "childrens": only a scope and filters, so a list.
        if (scope && !hasContent && !cues.Contains(Intent.NextMeeting)) return Intent.List;
        if (cues.Contains(Intent.NextMeeting) && !hasIndicator) return Intent.NextMeeting;
        foreach (var aboutOne in new[] { Intent.Why, Intent.Actions, Intent.Compare, Intent.Owner, Intent.Target, Intent.Trend })
        {
            if (!cues.Contains(aboutOne)) continue;
            if (hasIndicator) return aboutOne;
            return (filters || scope) && !hasContent ? Intent.List : Intent.Unknown;
        }
        if (filters)
        {
            // "Is EHCP timeliness red?" asks about one; "is it improving?" asks for its trend.
            if (hasIndicator && !listWord) return rag is null && !exceptions ? Intent.Trend : Intent.Status;
            if (!hasContent || hasIndicator) return Intent.List;
            return Intent.Unknown;
        }
        if (hasIndicator) return Intent.Status;
        if (scope && !hasContent) return Intent.List;
        if (cues.Contains(Intent.Help) || !hasContent) return Intent.Help;
        return Intent.Unknown;
    }

    private static int Find(List<Token> tokens, string phrase, bool allowConsumed = false)
    {
        if (!phrase.Contains(' '))
        {
            for (var i = 0; i < tokens.Count; i++)
                if (tokens[i].Word == phrase && (allowConsumed || !tokens[i].Consumed && !tokens[i].IsScope)) return i;
            return -1;
        }
        var words = phrase.Split(' ');
        for (var i = 0; i + words.Length <= tokens.Count; i++)
        {
            var all = true;
            for (var j = 0; j < words.Length && all; j++) all = tokens[i + j].Word == words[j] && (allowConsumed || !tokens[i + j].Consumed && !tokens[i + j].IsScope);
            if (all) return i;
        }
        return -1;
    }

    private static void MarkScope(List<Token> tokens, int at, int count)
    {
        for (var i = at; i < at + count; i++) tokens[i].IsScope = true;
    }

    private static void Consume(List<Token> tokens, int at, int count)
    {
        for (var i = at; i < at + count; i++) tokens[i].Consumed = true;
    }

    private static T? FindFirst<T>(List<Token> tokens, IEnumerable<(string Phrase, T? Value)> phrases)
    {
        foreach (var (phrase, value) in phrases.OrderByDescending(p => p.Phrase.Length))
        {
            var at = Find(tokens, phrase);
            if (at < 0) continue;
            Consume(tokens, at, phrase.Split(' ').Length);
            return value;
        }
        return default;
    }

    private static PeriodAsk? FindPeriod(List<Token> tokens, List<string> notes)
    {
        // Written periods: the longest span Period.TryParse accepts, leftmost first.
        for (var length = 4; length >= 1; length--)
            for (var i = 0; i + length <= tokens.Count; i++)
            {
                var span = string.Join(' ', tokens.Skip(i).Take(length).Select(t => t.Word));
                if (length == 1 && span.All(char.IsDigit) && (span.Length != 4 || span[0] is not ('1' or '2'))) continue;
                if (!Period.TryParse(span, out var period)) continue;
                if (period.Kind == PeriodKind.CalendarYear && period.Year is < 1990 or > 2100) continue;
                Consume(tokens, i, length);
                // "q2 2025/26 oct" is not a thing; one period per question.
                var ask = new PeriodAsk(PeriodAskKind.Exact, span, period);
                notes.Add("period " + ask.Describe());
                return ask;
            }
        foreach (var (phrase, kind, periodLength) in RelativePeriods)
        {
            var at = Find(tokens, phrase);
            if (at < 0) continue;
            Consume(tokens, at, phrase.Split(' ').Length);
            var ask = new PeriodAsk(kind, phrase, Length: periodLength);
            notes.Add("period " + ask.Describe());
            return ask;
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Word;
            var quarter = word.Length == 2 && word[0] == 'q' && word[1] is >= '1' and <= '4' ? word[1] - '0'
                : word == "quarter" && i + 1 < tokens.Count && tokens[i + 1].Word is "1" or "2" or "3" or "4" ? tokens[i + 1].Word[0] - '0' : 0;
            if (quarter > 0)
            {
                Consume(tokens, i, word == "quarter" ? 2 : 1);
                var ask = new PeriodAsk(PeriodAskKind.QuarterOfYear, word == "quarter" ? $"quarter {quarter}" : word, Length: PeriodKind.Quarter, Number: quarter);
                notes.Add("period " + ask.Describe());
                return ask;
            }
            var month = MonthOf(word);
            if (month > 0)
            {
                Consume(tokens, i, 1);
                var ask = new PeriodAsk(PeriodAskKind.MonthOfYear, word, Length: PeriodKind.Month, Number: month);
                notes.Add("period " + ask.Describe());
                return ask;
            }
        }
        return null;
    }

    /// <summary>A month named alone: full names, and three- or four-letter abbreviations ("may" only as part of a date).</summary>
    private static int MonthOf(string word)
    {
        if (word == "may" || word.Length < 3) return 0;
        for (var m = 0; m < 12; m++)
            if (MonthWords[m] == word || (word.Length <= 4 && MonthWords[m].StartsWith(word, StringComparison.Ordinal) && (word.Length == 3 || word == "sept")))
                return m + 1;
        return 0;
    }

    private static HashSet<Intent> FindCues(List<Token> tokens, List<string> notes)
    {
        var found = new HashSet<Intent>();
        foreach (var (intent, phrases) in CuesLongestFirst)
            foreach (var phrase in phrases)
            {
                int at;
                while ((at = Find(tokens, phrase)) >= 0)
                {
                    // Greetings and "help" only count as help; they never hide other words.
                    Consume(tokens, at, phrase.Split(' ').Length);
                    if (found.Add(intent)) notes.Add($"cue '{phrase}' → {Intents.Name(intent)}");
                }
            }
        return found;
    }

    private static List<string> FindServiceAreas(List<Token> tokens, QuestionIndex index, List<string> notes)
    {
        var areas = new List<string>();
        // Nicknames from the vocabulary ("childrens", "adults"), matched as written.
        foreach (var rule in index.Vocabulary.Where(r => r.ServiceArea is not null).OrderByDescending(r => r.Term.Stems.Length))
        {
            var written = QuestionText.Normalise(rule.Term.Text);
            var at = Find(tokens, written);
            if (at < 0) continue;
            MarkScope(tokens, at, written.Split(' ').Length);
            if (!areas.Contains(rule.ServiceArea!)) areas.Add(rule.ServiceArea!);
            notes.Add($"vocabulary '{rule.Term.Text}' → service area {rule.ServiceArea}");
            // The name written also matches areas of that name directly ("adult care" is also a 2020 area).
            foreach (var area in index.ServiceAreas.Where(a => a.Name != rule.ServiceArea && a.ContentStems.SequenceEqual(QuestionText.ContentStems(rule.Term.Text))))
                areas.Add(area.Name);
        }
        // Service area names as written in the store, by stems ("children services", "care and protection").
        foreach (var area in index.ServiceAreas.OrderByDescending(a => a.ContentStems.Length))
        {
            var live = tokens.Select((t, i) => (t, i)).Where(x => !x.t.Consumed && !x.t.IsScope && !x.t.IsStop).ToList();
            var stems = live.Select(x => x.t.Stem).ToList();
            var at = QuestionIndex.IndexOf(stems, area.ContentStems, 0);
            if (at < 0) continue;
            for (var k = 0; k < area.ContentStems.Length; k++) live[at + k].t.IsScope = true;
            if (!areas.Contains(area.Name)) areas.Add(area.Name);
            notes.Add($"service area '{area.Name}'");
        }
        return areas;
    }

    /// <summary>
    /// For a list with filters whose remaining words all belong to service area names ("amber in HR" for "HR &amp; OD",
    /// "red in care"), those areas. Only then: in a question about one indicator the same words name the indicator.
    /// </summary>
    private static List<string> PartialServiceArea(List<Token> tokens, QuestionIndex index, List<string> notes)
    {
        var rest = tokens.Where(t => !t.Consumed && !t.IsScope && !t.IsStop && !ListWords.Contains(t.Word)).ToList();
        if (rest.Count == 0) return [];
        var areas = index.ServiceAreas.Where(a => rest.All(t => a.ContentStems.Contains(t.Stem))).Select(a => a.Name).ToList();
        if (areas.Count == 0) return [];
        foreach (var t in rest) t.IsScope = true;
        notes.Add($"'{string.Join(' ', rest.Select(t => t.Word))}' read as part of the service area name: {string.Join(" or ", areas)}");
        return areas;
    }

    private static Committee? FindCommittee(List<Token> tokens, QuestionIndex index, List<string> notes, bool meetingCue)
    {
        var live = tokens.Where(t => !t.Consumed && !t.IsScope && !t.IsStop).ToList();
        var liveStems = live.Select(t => t.Stem).ToList();
        foreach (var (committee, key) in index.CommitteeKeys)
        {
            var at = QuestionIndex.IndexOf(liveStems, key, 0);
            if (key.Length == 0 || at < 0) continue;
            for (var k = 0; k < key.Length; k++) live[at + k].IsScope = true;
            foreach (var t in tokens.Where(t => t.Word is "committee" or "scrutiny")) t.Consumed = true;
            notes.Add($"committee '{committee.Name}'");
            return committee;
        }
        // "the committee", "scrutiny": the one committee, when the store holds only one.
        var generalWord = tokens.FirstOrDefault(t => !t.Consumed && t.Word is "committee" or "scrutiny" or "committees");
        if (generalWord is not null)
        {
            generalWord.Consumed = true;
            if (index.Committees.Count == 1 && meetingCue)
            {
                notes.Add($"'{generalWord.Word}' → the only committee, {index.Committees[0].Name}");
                return index.Committees[0];
            }
        }
        return null;
    }

    private static List<Concept> BuildConcepts(List<Token> tokens, QuestionIndex index, List<string> notes)
    {
        var live = tokens.Where(t => !t.Consumed).ToList();
        var stems = live.Select(t => t.Stem).ToList();
        var concepts = new List<Concept>();
        var covered = new bool[live.Count];

        // Council vocabulary: the words as written and what they mean are alternatives; the better match counts.
        foreach (var rule in index.Vocabulary.Where(r => r.ServiceArea is null).OrderByDescending(r => r.Term.Stems.Length))
        {
            var from = 0;
            int at;
            while ((at = QuestionIndex.IndexOf(stems, rule.Term.Stems, from)) >= 0)
            {
                from = at + 1;
                if (Enumerable.Range(at, rule.Term.Stems.Length).Any(i => covered[i])) continue;
                var span = Enumerable.Range(at, rule.Term.Stems.Length).Where(i => !live[i].IsStop).Select(i => live[i]).ToList();
                if (span.Count == 0) continue;
                for (var i = at; i < at + rule.Term.Stems.Length; i++) covered[i] = true;
                var alternatives = new List<Alternative> { Resolve(span, index, notes) };
                var means = ContentStemsOf(rule.Means.Text);
                if (means.Length > 0) alternatives.Add(new Alternative(means, Ones(means.Length), rule.Means.Text));
                // One more step: "LAC" → "looked after children" → "children in care".
                foreach (var second in index.Vocabulary.Where(r => r.ServiceArea is null && r != rule && QuestionIndex.Contains(rule.Means.Stems, r.Term.Stems)))
                {
                    var replaced = ContentStemsOf(rule.Means.Text.ToLowerInvariant().Replace(second.Term.Text.ToLowerInvariant(), second.Means.Text, StringComparison.Ordinal));
                    if (replaced.Length > 0) alternatives.Add(new Alternative(replaced, Ones(replaced.Length), $"{rule.Means.Text} → {second.Means.Text}"));
                }
                notes.Add($"vocabulary '{rule.Term.Text}' → '{rule.Means.Text}'");
                concepts.Add(MakeConcept(string.Join(' ', span.Select(t => t.Word)), alternatives, index));
            }
        }
        for (var i = 0; i < live.Count; i++)
        {
            if (covered[i] || live[i].IsStop || ListWords.Contains(live[i].Word)) continue;
            concepts.Add(MakeConcept(live[i].Word, [Resolve([live[i]], index, notes)], index));
        }
        return concepts;
    }

    private static string[] ContentStemsOf(string text) => QuestionText.ContentStems(text).ToArray();

    private static double[] Ones(int n) => Enumerable.Repeat(1.0, n).ToArray();

    /// <summary>The words as written, each known to the store as is, as two words run together, or as the nearest known word.</summary>
    private static Alternative Resolve(List<Token> span, QuestionIndex index, List<string> notes)
    {
        var stems = new List<string>();
        var quality = new List<double>();
        foreach (var token in span)
        {
            if (index.Knows(token.Stem) || token.Word.Any(char.IsDigit))
            {
                stems.Add(token.Stem);
                quality.Add(1);
            }
            else if (index.TryJoined(token.Word, out var pair))
            {
                stems.Add(pair.First);
                quality.Add(0.9);
                if (pair.Second != pair.First)
                {
                    stems.Add(pair.Second);
                    quality.Add(0.9);
                }
                notes.Add($"'{token.Word}' read as two words: {pair.First} {pair.Second}");
            }
            else if (index.Completions(token.Word) is { Count: > 0 } completions)
            {
                // "perm" for "permanent", "accom" for "accommodation": the most used completion.
                stems.Add(completions[0].Stem);
                quality.Add(0.8);
                notes.Add($"'{token.Word}' read as the start of '{completions[0].Word}'");
            }
            else if (index.Nearest(token.Word) is { } near)
            {
                stems.Add(near.Stem);
                quality.Add(near.Distance == 1 ? 0.85 : 0.7);
                notes.Add($"typo? '{token.Word}' ~ '{near.Word}' (distance {near.Distance})");
            }
            else
            {
                stems.Add(token.Stem);
                quality.Add(1);
                notes.Add($"'{token.Word}' is not a word any indicator uses");
            }
        }
        return new Alternative(stems.ToArray(), quality.ToArray(), string.Join(' ', span.Select(t => t.Word)));
    }

    private static Concept MakeConcept(string label, List<Alternative> alternatives, QuestionIndex index)
    {
        var known = alternatives.SelectMany(a => a.Stems).Where(index.Knows).ToList();
        var weight = known.Count > 0 ? known.Max(index.Idf) : index.UnknownIdf;
        return new Concept(label, alternatives, weight);
    }

    /// <summary>Words that turn a name into its opposite ("not residential or nursing"): a name with one the question lacks, or the reverse, fits less well.</summary>
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "not", "non", "without", "excluding", "un" };

    /// <summary>
    /// Scores indicators without scoring them all. Candidates are the indicators holding one of the question's words
    /// that is in no more than half the names (a word like "percentage" in most of them only adds to scores). Each gets a
    /// bit per question word it holds; that mask gives the share of the question it explains and a bound on its whole
    /// score, and the full score (name coverage, word pairs) is worked out only while a bound could still reach the five
    /// best. A first pass takes candidates from the rarer words only; if an indicator holding none of them could still
    /// reach the five best, the commoner words bring theirs too. The five best are those of scoring every candidate in
    /// full, and "per 10,000" in a quarter of 10,000 names costs almost nothing.
    /// </summary>
    private static List<Candidate> Score(List<Concept> concepts, List<string> sequence, QuestionIndex index, List<string> areas, bool prune)
    {
        if (concepts.Count == 0 || index.Entries.Count == 0) return [];
        var stems = concepts.SelectMany(c => c.Alternatives).SelectMany(a => a.Stems).Distinct(StringComparer.Ordinal).Take(64).ToList();
        var bitOf = new Dictionary<string, int>(stems.Count, StringComparer.Ordinal);
        for (var i = 0; i < stems.Count; i++) bitOf[stems[i]] = i;
        var allStems = stems.ToHashSet(StringComparer.Ordinal);
        var idfOf = stems.Select(index.Idf).ToArray();
        var bits = concepts.Select(c => c.Alternatives.Select(a => a.Stems.Select(st => bitOf.GetValueOrDefault(st, -1)).ToArray()).ToArray()).ToArray();
        var totalWeight = concepts.Sum(c => c.Weight);
        var negated = Negations.Where(allStems.Contains).ToHashSet(StringComparer.Ordinal);
        var areaBonus = areas.Count > 0 ? 0.03 : 0;

        // Many candidates share a mask (the same question words matched): their coverage is worked out once.
        var coverageOf = new Dictionary<ulong, double>();
        double Coverage(ulong mask, List<string>? matched)
        {
            if (matched is null && coverageOf.TryGetValue(mask, out var known)) return known;
            var covered = 0.0;
            for (var c = 0; c < concepts.Count; c++)
            {
                var concept = concepts[c];
                var best = 0.0;
                Alternative? bestAlternative = null;
                for (var a = 0; a < concept.Alternatives.Count; a++)
                {
                    var alternative = concept.Alternatives[a];
                    double num = 0, den = 0;
                    for (var k = 0; k < alternative.Stems.Length; k++)
                    {
                        var bit = bits[c][a][k];
                        var idf = bit >= 0 ? idfOf[bit] : index.Idf(alternative.Stems[k]);
                        den += idf;
                        if (bit >= 0 && (mask >> bit & 1) != 0) num += idf * alternative.Quality[k];
                    }
                    var share = den > 0 ? num / den : 0;
                    if (share > best) { best = share; bestAlternative = alternative; }
                }
                covered += concept.Weight * best;
                if (matched is not null && bestAlternative is not null)
                    matched.Add(bestAlternative.Label == concept.Label ? concept.Label : $"{concept.Label}→{bestAlternative.Label}");
            }
            var coverage = totalWeight > 0 ? covered / totalWeight : 0;
            if (matched is null) coverageOf[mask] = coverage;
            return coverage;
        }

        // Name coverage cannot exceed the matched words' weight over the shortest name; pairs add at most 0.09.
        double Bound(ulong mask, double smallestField)
        {
            double matchedIdf = 0;
            for (var i = 0; i < stems.Count; i++)
                if ((mask >> i & 1) != 0) matchedIdf += idfOf[i];
            return 0.6 * Coverage(mask, null) + 0.4 * Math.Min(1, matchedIdf / smallestField) + 0.09 + areaBonus;
        }

        Candidate Full(int id, ulong mask, bool explain)
        {
            var entry = index.Entries[id];
            var matched = explain ? new List<string>() : null;
            var queryCoverage = Coverage(mask, matched);
            var fieldCoverage = 0.0;
            var bestField = "";
            string[] bestStems = [];
            var bigrams = 0;
            foreach (var field in entry.Fields)
            {
                if (field.ContentStems.Length == 0 || field.Kind is QuestionIndex.FieldKind.Expansion or QuestionIndex.FieldKind.Code) continue;
                double num = 0, den = 0;
                foreach (var stem in field.ContentStems)
                {
                    var idf = index.Idf(stem);
                    den += idf;
                    if (allStems.Contains(stem)) num += idf;
                }
                var share = den > 0 ? num / den : 0;
                if (share > fieldCoverage) { fieldCoverage = share; bestField = field.Text; bestStems = field.ContentStems; }
                bigrams = Math.Max(bigrams, Bigrams(sequence, field.Stems));
            }
            var negationMismatch = Negations.Any(n => bestStems.Contains(n) != negated.Contains(n));
            var score = 0.6 * queryCoverage + 0.4 * fieldCoverage + 0.03 * Math.Min(bigrams, 3)
                        + (areaBonus > 0 && entry.Indicator.ServiceArea is { } area && areas.Contains(area) ? areaBonus : 0)
                        - (negationMismatch ? 0.06 : 0);
            return new Candidate(entry, Math.Round(score, 4), queryCoverage, fieldCoverage, bigrams, bestField, matched ?? []);
        }

        // The words the store knows, rarest first. A word in over half the names ("percentage") only adds to scores.
        var known = Enumerable.Range(0, stems.Count).Where(i => index.DocumentFrequency(stems[i]) > 0)
            .OrderBy(i => index.DocumentFrequency(stems[i])).ToList();
        var half = index.Entries.Count / 2;
        var generating = known.Where(i => index.DocumentFrequency(stems[i]) <= half).ToList();
        if (generating.Count == 0) generating = known.Count > 0 ? known : Enumerable.Range(0, stems.Count).ToList();
        var rare = generating.TakeWhile((i, n) => n == 0 || index.DocumentFrequency(stems[i]) <= index.Entries.Count / 20).ToList();

        var masks = System.Buffers.ArrayPool<ulong>.Shared.Rent(index.Entries.Count);
        try
        {
            Array.Clear(masks, 0, index.Entries.Count);
            if (prune && rare.Count < generating.Count)
            {
                var (first, fifth) = Rank(rare);
                // The best any indicator holding none of the rarer words could score: every other word, the shortest name.
                var others = known.Except(rare).Aggregate(0UL, (mask, i) => mask | 1UL << i);
                if (first.Count >= 5 && Bound(others, index.SmallestField) + 0.0001 < fifth) return Best(first);
            }
            return Best(Rank(generating).Scored);
        }
        finally
        {
            System.Buffers.ArrayPool<ulong>.Shared.Return(masks);
        }

        // Scores the candidates these words bring, highest bound first, until the fifth best score rules out the rest.
        (List<(Candidate Candidate, ulong Mask)> Scored, double Fifth) Rank(List<int> from)
        {
            var candidates = new List<int>();
            foreach (var i in from)
                foreach (var id in index.Postings(stems[i]))
                {
                    if (masks[id] == 0) candidates.Add(id);
                    masks[id] |= 1UL << i;
                }
            for (var i = 0; i < stems.Count; i++)
            {
                if (from.Contains(i)) continue;
                foreach (var id in index.Postings(stems[i]))
                    if (masks[id] != 0) masks[id] |= 1UL << i;
            }

            var bounds = new double[candidates.Count];
            var order = new int[candidates.Count];
            for (var n = 0; n < candidates.Count; n++)
            {
                order[n] = candidates[n];
                bounds[n] = -Bound(masks[candidates[n]], index.Entries[candidates[n]].SmallestField);
            }
            Array.Sort(bounds, order);
            var scored = new List<(Candidate, ulong)>();
            var best = new List<double>(6);
            var threshold = double.NegativeInfinity;
            for (var k = 0; k < order.Length; k++)
            {
                // Scores are rounded to four places: a bound just under the fifth could still round to a tie with it.
                if (prune && -bounds[k] + 0.0001 < threshold) break;
                var candidate = Full(order[k], masks[order[k]], explain: false);
                scored.Add((candidate, masks[order[k]]));
                if (best.Count >= 5 && candidate.Score <= threshold) continue;
                var at = best.FindIndex(x => x < candidate.Score);
                best.Insert(at < 0 ? best.Count : at, candidate.Score);
                if (best.Count > 5) best.RemoveAt(5);
                if (best.Count >= 5) threshold = best[4];
            }
            foreach (var id in candidates) masks[id] = 0;
            return (scored, threshold);
        }

        List<Candidate> Best(List<(Candidate Candidate, ulong Mask)> scored) => scored
            .OrderByDescending(s => s.Candidate.Score)
            .ThenByDescending(s => s.Candidate.FieldCoverage)
            .ThenBy(s => s.Candidate.Entry.Indicator.Name.Length)
            .ThenBy(s => s.Candidate.Code, StringComparer.Ordinal)
            .Take(5)
            .Select(s => Full(s.Candidate.Entry.Index, s.Mask, explain: true))
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.FieldCoverage)
            .ThenBy(c => c.Entry.Indicator.Name.Length)
            .ThenBy(c => c.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Pairs of the question's words that stand next to each other in the field too.</summary>
    private static int Bigrams(List<string> flat, string[] field)
    {
        var count = 0;
        for (var i = 0; i + 1 < flat.Count; i++)
            for (var j = 0; j + 1 < field.Length; j++)
                if (field[j] == flat[i] && field[j + 1] == flat[i + 1]) { count++; break; }
        return count;
    }

    internal static string Invariant(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
