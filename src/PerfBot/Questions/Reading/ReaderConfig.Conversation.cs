namespace PerfBot.Questions.Reading;

/// <summary>
/// The plain English of a conversation: what marks a question as following on from the last answer, which item of a
/// list it points at, and when a meeting is meant. General English only, like the rest of the configuration.
/// </summary>
public sealed partial class ReaderConfig
{
    /// <summary>Greetings a question may open with ("good morning - …"): no part of what it asks.</summary>
    internal string[] Greetings { get; } = [.. new[] { "good morning", "good afternoon", "good evening", "morning all", "morning", "afternoon", "evening", "hi there", "hello there", "hi", "hello", "hey", "dear perfbot", "perfbot" }.OrderByDescending(g => g.Length)];

    /// <summary>Openings saying who asks ("as chair, …", "as a ward councillor I'd like to know …"): the asker's role, no
    /// part of what is asked; "who is acting as chair?" asks of the role and does not open with it.</summary>
    internal string[] AskerOpenings { get; } = [.. new[] { "as chair", "as the chair", "as chairman", "as vice chair", "as the vice chair", "as a member", "as a committee member",
        "as a member of the committee", "as a member of this committee", "as a scrutiny member", "as a councillor", "as a ward councillor", "as a ward member", "as a local member",
        "as a cllr", "as a new member", "as a new councillor", "as councillors", "as members" }.OrderByDescending(g => g.Length)];

    /// <summary>The normalised question without the greetings, and the asker's role, it opens with.</summary>
    internal string WithoutGreeting(string normalised)
    {
        for (var again = true; again;)
        {
            again = false;
            foreach (var greeting in Greetings.Concat(AskerOpenings))
                if (normalised.Length > greeting.Length && normalised.StartsWith(greeting + " ", StringComparison.Ordinal))
                {
                    (normalised, again) = (normalised[(greeting.Length + 1)..], true);
                    break;
                }
        }
        return normalised;
    }

    internal bool IsCompareCue(string phrase) => IsCue(Intent.Compare, phrase);

    /// <summary>Whether the phrase is one of the cue phrases of that intent.</summary>
    internal bool IsCue(Intent intent, string phrase) => Cues.Any(c => c.Intent == intent && c.Phrases.Any(p => p.Text == phrase));

    /// <summary>Words standing for what was just talked about.</summary>
    internal IReadOnlySet<string> Pronouns { get; } = new HashSet<string>(StringComparer.Ordinal)
        { "it", "its", "that", "this", "they", "them", "their", "those", "these", "she", "he", "her", "him", "one", "same" };

    /// <summary>Openings that carry a question on from the last one: "and…", "what about…", and those that keep part of
    /// what was just shown: "just the reds", "only the worsening ones".</summary>
    internal CuePhrase[] Continuations { get; } =
        [.. new[] { "and", "what about", "how about", "so", "also", "then", "ok and", "ok what about", "but", "just", "only" }.OrderByDescending(p => p.Length).Select(p => new CuePhrase(p))];

    /// <summary>
    /// Words that say how, not what ("why so low?", "has it gone back up?", "why is it still above target?"): verbs of
    /// change, words of position, degree, time and judgement. General English that names no service: where the store's
    /// names do not use one it is set aside rather than counted against every indicator, and a question made only of
    /// these and a cue is about the last subject, even where a name uses one of them. Nouns never go here, but for the
    /// report's own ("figure", "report", its "end"), which name no service: an unknown noun ("adoption") is what a
    /// question is about, and must keep it from matching a name it is not in.
    /// </summary>
    internal IReadOnlySet<string> FollowUpWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "rise", "rising", "rose", "risen", "rises", "fall", "falling", "fell", "fallen", "falls", "drop", "dropped", "dropping", "drops", "grow", "growing",
        "grew", "grown", "grows", "climb", "climbing", "climbed", "jump", "jumped", "shot", "increase", "increased", "increasing", "decrease", "decreased",
        "decreasing", "reduce", "reduced", "reducing", "stop", "stopping", "stopped", "bring", "bringing", "brought", "keep", "keeping", "kept", "get",
        "getting", "gets", "got", "gotten", "stay", "staying", "remain", "remains", "speed", "sort", "help", "helping", "make", "making", "made", "put",
        "above", "below", "behind", "ahead", "under", "beyond", "back", "closer", "further", "far", "off", "out", "onto", "round", "around", "across",
        "quite", "rather", "only", "even", "enough", "half", "most", "least", "lots", "bit", "slightly", "significantly", "massively",
        "recently", "lately", "today", "ever", "already", "always", "anymore", "nowadays", "again",
        "best", "worst", "higher", "lower", "bigger", "smaller", "quick", "quicker", "slow", "slower", "fast", "faster", "decent", "fine", "okay",
        "low", "high", "bad", "good", "big", "small", "poor", "great", "up", "down", "much", "lot", "lots", "loads", "really", "actually",
        "again", "still", "yet", "too", "very", "so", "such", "gone", "go", "went", "going", "come", "came", "happen", "happened", "happening",
        "change", "changed", "move", "moved", "figure", "number", "score", "scores", "one", "ones", "more", "less", "fewer", "worse", "better", "last", "time",
        "mean", "means", "meant", "detail", "details", "more detail", "expand", "else", "anything", "something", "okay", "ok", "right", "sorry",
        "tell", "me", "about", "bit", "year", "month", "quarter", "period", "was", "were", "then", "before", "after", "earlier", "later",
        "look", "looking", "like", "seem", "seems", "looks", "see", "sure", "thing", "things", "doing", "done", "being", "same",
        "hit", "miss", "reach", "achieve", "live", "own", "recruit", "recruiting", "lodge", "lodged",
        "end", "start", "report", "reports",
    };

    private IReadOnlySet<string>? _followUpStems;

    /// <summary>A follow-up word in any of its forms: "coming" as "come", "hitting" as "hit".</summary>
    internal bool IsFollowUpWord(Token token) => FollowUpWords.Contains(token.Word)
        || (_followUpStems ??= FollowUpWords.Select(QuestionText.Stem).ToHashSet(StringComparer.Ordinal)).Contains(token.Stem);

    /// <summary>Ordinals pointing at an item of the last list: "the second one", "number 3", "the last one".</summary>
    internal IReadOnlyDictionary<string, int> Ordinals { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["first"] = 1, ["1st"] = 1, ["second"] = 2, ["2nd"] = 2, ["third"] = 3, ["3rd"] = 3, ["fourth"] = 4, ["4th"] = 4,
        ["fifth"] = 5, ["5th"] = 5, ["sixth"] = 6, ["6th"] = 6, ["seventh"] = 7, ["7th"] = 7, ["eighth"] = 8, ["8th"] = 8,
        ["ninth"] = 9, ["9th"] = 9, ["tenth"] = 10, ["10th"] = 10, ["last"] = -1, ["top"] = 1,
    };

    /// <summary>Meetings said relative to the one just talked about, or to today.</summary>
    internal (CuePhrase Phrase, MeetingWhen When)[] MeetingTimes { get; } =
    [.. new (string Phrase, MeetingWhen When)[]
    {
        ("the one after that", MeetingWhen.After), ("one after that", MeetingWhen.After), ("after that", MeetingWhen.After), ("the one after", MeetingWhen.After),
        ("the following one", MeetingWhen.After), ("following meeting", MeetingWhen.After), ("the one before that", MeetingWhen.Before),
        ("one before that", MeetingWhen.Before), ("before that", MeetingWhen.Before), ("the one before", MeetingWhen.Before),
        ("that one", MeetingWhen.That), ("that meeting", MeetingWhen.That), ("the same meeting", MeetingWhen.That), ("then", MeetingWhen.That),
        ("next", MeetingWhen.Next), ("upcoming", MeetingWhen.Next), ("coming up", MeetingWhen.Next), ("forthcoming", MeetingWhen.Next), ("after today", MeetingWhen.Next),
        ("last", MeetingWhen.Last), ("previous", MeetingWhen.Last), ("most recent", MeetingWhen.Last), ("recent", MeetingWhen.Last), ("latest", MeetingWhen.Last),
        ("did", MeetingWhen.Last), ("was", MeetingWhen.Last), ("after", MeetingWhen.After), ("before", MeetingWhen.Before),
    }.OrderByDescending(p => p.Phrase.Length).Select(p => (new CuePhrase(p.Phrase), p.When))];

    /// <summary>Words saying a forward-plan item has no meeting yet.</summary>
    internal IReadOnlySet<string> Undated { get; } = new HashSet<string>(StringComparer.Ordinal)
        { "undated", "tbc", "unscheduled", "no date", "without a date", "dont have a date", "do not have a date", "not got a date", "no dates", "not scheduled", "not yet scheduled" };

    /// <summary>Words saying which benchmark a list compares with ("worse than England").</summary>
    internal (CuePhrase Phrase, Indicators.BenchmarkKind Kind)[] BenchmarkWords { get; } =
    [.. new (string Phrase, Indicators.BenchmarkKind Kind)[]
    {
        ("england", Indicators.BenchmarkKind.England), ("national average", Indicators.BenchmarkKind.England), ("national", Indicators.BenchmarkKind.England),
        ("nationally", Indicators.BenchmarkKind.England), ("statistical neighbours", Indicators.BenchmarkKind.StatisticalNeighbours),
        ("stat neighbours", Indicators.BenchmarkKind.StatisticalNeighbours), ("neighbours", Indicators.BenchmarkKind.StatisticalNeighbours),
        ("similar councils", Indicators.BenchmarkKind.StatisticalNeighbours), ("good plus", Indicators.BenchmarkKind.GoodPlus),
        ("goodplus", Indicators.BenchmarkKind.GoodPlus), ("good or outstanding", Indicators.BenchmarkKind.GoodPlus),
        ("region", Indicators.BenchmarkKind.Region), ("regional", Indicators.BenchmarkKind.Region),
    }.OrderByDescending(p => p.Phrase.Length).Select(p => (new CuePhrase(p.Phrase), p.Kind))];

    /// <summary>Words comparing with a benchmark, and whether they mean worse.</summary>
    internal (CuePhrase Phrase, bool Worse)[] BenchmarkSides { get; } =
    [.. new (string Phrase, bool Worse)[]
    {
        ("worse than", true), ("behind", true), ("below", true), ("poorer than", true), ("not as good as", true), ("underperforming", true), ("lagging", true),
        ("better than", false), ("ahead of", false), ("above", false), ("beating", false), ("outperforming", false),
    }.OrderByDescending(p => p.Phrase.Length).Select(p => (new CuePhrase(p.Phrase), p.Worse))];
}
