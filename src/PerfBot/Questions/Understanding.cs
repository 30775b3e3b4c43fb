using PerfBot.Indicators;

namespace PerfBot.Questions;

/// <summary>One indicator considered for a question, with the evidence for its score.</summary>
public sealed record Candidate(
    QuestionIndex.Entry Entry,
    double Score,
    double QueryCoverage,
    double FieldCoverage,
    int Bigrams,
    string BestField,
    IReadOnlyList<string> Matched)
{
    public string Code => Entry.Indicator.Code;

    /// <summary>The question's concepts the indicator explains: <see cref="Matched"/> without the reading each was met by
    /// ("lac→looked after children" is the concept "lac").</summary>
    public IEnumerable<string> MatchedConcepts => Matched.Select(m => m.Split('→')[0]);

    /// <summary>Whether the candidates explain exactly the same concepts of the question: the words fit each alike.</summary>
    public static bool ExplainAlike(IEnumerable<Candidate> candidates) =>
        candidates.Select(c => string.Join('|', c.MatchedConcepts.Order(StringComparer.Ordinal))).Distinct().Count() == 1;

    /// <summary>The indicator's name says "not" and the question never does, or the question sets aside what the name
    /// holds ("rather than"): it may mean the opposite measure.</summary>
    public bool MayMeanOpposite { get; init; }
}

/// <summary>
/// What PerfBot took a question to mean, and why: the intent, each slot, the indicators considered with their scores, and
/// notes on every rewrite made on the way (vocabulary, typos, periods). Nothing here is guessed from outside the store.
/// </summary>
public sealed record Understanding(
    string Question,
    string Normalised,
    Intent Intent,
    PeriodAsk? Period,
    Rag? Rag,
    Direction? Direction,
    bool Exceptions,
    IReadOnlyList<string> ServiceAreas,
    Committee? Committee,
    IReadOnlyList<string> ContentWords,
    IReadOnlyList<Candidate> Candidates,
    Candidate? Chosen,
    IReadOnlyList<Candidate> DidYouMean,
    IReadOnlyList<string> Notes)
{
    public bool IsAmbiguous => DidYouMean.Count > 0;

    /// <summary>A second indicator, for two compared side by side.</summary>
    public Candidate? Compared { get; init; }

    /// <summary>Every indicator a topic covers ("how are we doing on safeguarding?"), when no one of them fits much better.</summary>
    public IReadOnlyList<Candidate> Topic { get; init; } = [];

    /// <summary>A list filter against a benchmark: "worse than England".</summary>
    public BenchmarkFilter? Benchmark { get; init; }

    /// <summary>What a committee question asks: its chair, vice-chair, members, or all of it.</summary>
    public CommitteeRole Role { get; init; }

    /// <summary>Committee members the question names ("is Bill Pipe on the committee?"), as the store writes them.</summary>
    public IReadOnlyList<string> Members { get; init; } = [];

    /// <summary>The meeting a meeting or forward-plan question means.</summary>
    public MeetingAsk? Meeting { get; init; }

    /// <summary>The question's own words (stems) left for finding meetings and forward-plan items by what they are about.</summary>
    public IReadOnlyList<string> SubjectStems { get; init; } = [];

    /// <summary>The question asks how things stand now ("at the moment", "currently"): a list of each indicator at its
    /// latest holds only those in the latest report the store holds, not ones whose newest figure is years older.</summary>
    public bool Current { get; init; }

    /// <summary>Forward-plan items with no meeting yet were asked for.</summary>
    public bool Undated { get; init; }

    /// <summary>For a subject not held, the indicator nearest it, named so the member can ask for it ("care leavers in
    /// education" is not held; the share of 16 and 17 year olds not in education is).</summary>
    public Candidate? Nearest { get; init; }

    /// <summary>Asked back what it is about, the kind of answer the question wanted ("why?" with nothing before it): the
    /// next question naming a subject gets that answer.</summary>
    public Intent? Awaiting { get; init; }

    /// <summary>What was taken from the conversation so far, in words; empty when nothing was.</summary>
    public IReadOnlyList<string> FromContext { get; init; } = [];

    /// <summary>The explanation a council can read: intent, slots, rewrites, and the scores of the indicators considered.</summary>
    public string Explain()
    {
        var lines = new List<string>
        {
            $"Question:   {Question}",
            $"Normalised: {Normalised}",
            $"Intent:     {Intents.Name(Intent)}",
        };
        if (Period is { } p) lines.Add($"Period:     {p.Describe()}");
        if (Rag is { } r) lines.Add($"RAG:        {r}");
        if (Direction is { } d) lines.Add($"Direction:  {d}");
        if (Exceptions) lines.Add("Filter:     exceptions (Red, or Amber and Worsening)");
        if (ServiceAreas.Count > 0) lines.Add($"Service:    {string.Join(" or ", ServiceAreas)}");
        if (Benchmark is { } bf) lines.Add($"Filter:     {bf.Describe()}");
        if (Committee is { } c) lines.Add($"Committee:  {c.Name}");
        if (Intents.IsAboutCommittee(Intent)) lines.Add($"Asks:       {Role}{(Members.Count > 0 ? $" ({string.Join(", ", Members)})" : "")}{(Meeting is { } m ? $"; {m.Describe()}" : "")}{(Undated ? "; items with no meeting yet" : "")}");
        if (FromContext.Count > 0) lines.Add("Context:    " + string.Join("; ", FromContext));
        lines.Add($"Words used: {(ContentWords.Count == 0 ? "(none)" : string.Join(" ", ContentWords))}");
        lines.AddRange(Notes.Select(n => $"  · {n}"));
        if (Candidates.Count > 0)
        {
            lines.Add("Indicators considered (score = 0.6 × question covered + 0.4 × name covered + bonuses):");
            foreach (var candidate in Candidates)
                lines.Add($"  {candidate.Score,5:0.000}  {candidate.Code,-34} question {candidate.QueryCoverage:0.00}, name {candidate.FieldCoverage:0.00} ({candidate.BestField}), bigrams {candidate.Bigrams}; matched {string.Join(", ", candidate.Matched)}");
        }
        if (Topic.Count > 0) lines.Add($"Topic:      {string.Join(", ", Topic.Select(t => t.Code))}");
        lines.Add(Chosen is { } chosen ? $"Chosen:     {chosen.Code}{(Compared is { } second ? $" beside {second.Code}" : "")}"
            : DidYouMean.Count > 0 ? $"Ambiguous:  {string.Join(" / ", DidYouMean.Select(x => x.Code))}"
            : "Chosen:     no indicator");
        return string.Join(Environment.NewLine, lines);
    }
}
