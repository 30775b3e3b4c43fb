using PerfBot.Indicators;

namespace PerfBot.Questions.Reading;

/// <summary>A phrase the reader looks for, with its words split once.</summary>
internal sealed record CuePhrase(string Text)
{
    public string[] Words { get; } = Text.Split(' ');
}

/// <summary>
/// The plain English the reader looks for: intent cues, RAG, direction and exception words, list words, periods said in
/// words, and negations. General English only: nothing here names an indicator (that is all data in the store).
/// </summary>
public sealed class ReaderConfig
{
    public static ReaderConfig Default { get; } = new();

    /// <summary>The lowest score and share of the question explained at which an indicator is taken as meant.</summary>
    public double AcceptScore { get; init; } = 0.5;
    public double AcceptCoverage { get; init; } = 0.55;
    /// <summary>Candidates this close to the best are offered as "Did you mean…" instead of picking one.</summary>
    public double AmbiguityMargin { get; init; } = 0.035;

    /// <summary>Intent cue phrases, each intent's longest first so "what is being done" is taken before "done" could be.
    /// The order of intents matters only for which wins when several appear (see <see cref="IntentStage"/>).</summary>
    internal (Intent Intent, CuePhrase[] Phrases)[] Cues { get; } = LongestFirst(
    [
        (Intent.Help, ["help", "what can you do", "what can i ask", "what do you do", "how do i use", "how does this work", "commands", "examples", "example questions", "what can you tell me", "what do you know", "menu", "get started"]),
        (Intent.NextMeeting, ["next meeting", "next committee", "when is the next", "when does the committee meet", "when do we meet", "meeting", "meetings", "meet", "meets", "committee date", "agenda", "forward plan"]),
        (Intent.Why, ["why", "how come", "whats happening", "what is happening", "what happened", "whats going on", "what is going on", "whats behind", "what is behind", "explain", "explanation", "reason", "reasons", "commentary", "narrative", "cause", "causes", "causing", "whats driving", "driving", "context", "story behind"]),
        (Intent.Actions, ["what is being done", "whats being done", "being done", "doing about", "what are we doing", "what are officers doing", "action", "actions", "action plan", "improve", "fix", "fixing", "next steps", "steps", "mitigation", "mitigations", "tackle", "tackling", "address", "addressing", "recovery plan", "what will we do", "what are we going to do", "plan to improve", "plans to improve"]),
        (Intent.Compare, ["compare", "compared", "comparison", "comparing", "benchmark", "benchmarks", "benchmarked", "benchmarking", "england", "national", "nationally", "national average", "neighbours", "neighbour", "stat neighbours", "statistical neighbours", "good plus", "goodplus", "good or outstanding", "vs", "versus", "other councils", "other authorities", "other las", "similar councils", "average", "stack up", "league table", "peers"]),
        (Intent.Owner, ["owner", "owns", "who owns", "responsible", "accountable", "lead officer", "who leads", "in charge", "who is the lead", "whos the lead", "who do i ask", "who to ask", "who should i ask", "officer for"]),
        (Intent.Target, ["target", "targets", "aim", "aiming", "goal", "should be", "supposed to be", "meant to be", "ambition"]),
        (Intent.Trend, ["trend", "trends", "trending", "over time", "history", "historic", "historical", "chart", "graph", "plot", "trajectory", "over the year", "over the years", "over the last", "since", "going up", "going down", "rising", "falling", "increasing", "decreasing", "changed", "year on year", "time series", "direction of travel", "dot", "moving", "movement"]),
    ]);

    /// <summary>Filter words, longest first: the first found in the question is the filter.</summary>
    internal (CuePhrase Phrase, Rag Rag)[] RagWords { get; } = LongestFirst<Rag>(
        [("red", Rag.Red), ("reds", Rag.Red), ("amber", Rag.Amber), ("ambers", Rag.Amber), ("green", Rag.Green), ("greens", Rag.Green)]);

    internal (CuePhrase Phrase, Direction Direction)[] DirectionWords { get; } = LongestFirst<Direction>(
    [
        ("improving", Direction.Improving), ("improved", Direction.Improving), ("getting better", Direction.Improving), ("better", Direction.Improving),
        ("worsening", Direction.Worsening), ("worsened", Direction.Worsening), ("getting worse", Direction.Worsening), ("worse", Direction.Worsening),
        ("deteriorating", Direction.Worsening), ("declining", Direction.Worsening), ("going backwards", Direction.Worsening),
        ("unchanged", Direction.Same), ("no change", Direction.Same), ("static", Direction.Same), ("stable", Direction.Same), ("flat", Direction.Same),
    ]);

    internal CuePhrase[] ExceptionWords { get; } =
    [.. new[] { "exception", "exceptions", "exception report", "off track", "failing", "struggling", "underperforming", "not on track", "problem areas", "worrying", "of concern", "red flags" }
        .OrderByDescending(e => e.Length).Select(e => new CuePhrase(e))];

    /// <summary>Words asking for a list rather than one indicator; never words of an indicator's name.</summary>
    internal IReadOnlySet<string> ListWords { get; } = new HashSet<string>(StringComparer.Ordinal)
        { "list", "which", "all", "every", "everything", "anything", "any", "show", "what", "whats", "where", "ones", "areas", "indicators", "measures", "kpis", "how many", "summary", "overview" };

    internal CuePhrase HowMany { get; } = new("how many");

    internal string[] MonthWords { get; } = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Periods said in words, relative to the data's newest period; the first found is taken.</summary>
    internal (CuePhrase Phrase, PeriodAskKind Kind, PeriodKind? Length)[] RelativePeriods { get; } =
    [.. new (string Phrase, PeriodAskKind Kind, PeriodKind? Length)[]
    {
        ("last month", PeriodAskKind.Latest, PeriodKind.Month), ("this month", PeriodAskKind.Latest, PeriodKind.Month), ("latest month", PeriodAskKind.Latest, PeriodKind.Month),
        ("most recent month", PeriodAskKind.Latest, PeriodKind.Month), ("previous month", PeriodAskKind.BeforeLatest, PeriodKind.Month), ("month before", PeriodAskKind.BeforeLatest, PeriodKind.Month),
        ("last quarter", PeriodAskKind.Latest, PeriodKind.Quarter), ("this quarter", PeriodAskKind.Latest, PeriodKind.Quarter), ("latest quarter", PeriodAskKind.Latest, PeriodKind.Quarter),
        ("most recent quarter", PeriodAskKind.Latest, PeriodKind.Quarter), ("previous quarter", PeriodAskKind.BeforeLatest, PeriodKind.Quarter), ("quarter before", PeriodAskKind.BeforeLatest, PeriodKind.Quarter),
        ("same time last year", PeriodAskKind.YearBeforeLatest, null), ("same period last year", PeriodAskKind.YearBeforeLatest, null), ("last year", PeriodAskKind.YearBeforeLatest, null),
        ("a year ago", PeriodAskKind.YearBeforeLatest, null), ("year ago", PeriodAskKind.YearBeforeLatest, null), ("previous year", PeriodAskKind.YearBeforeLatest, null),
        ("most recent", PeriodAskKind.Latest, null), ("latest", PeriodAskKind.Latest, null), ("right now", PeriodAskKind.Latest, null),
    }.Select(p => (new CuePhrase(p.Phrase), p.Kind, p.Length))];

    /// <summary>Words that turn a name into its opposite ("not residential or nursing"): a name with one the question lacks, or the reverse, fits less well.</summary>
    internal IReadOnlySet<string> Negations { get; } = new HashSet<string>(StringComparer.Ordinal) { "not", "non", "without", "excluding", "un" };

    private static (Intent, CuePhrase[])[] LongestFirst((Intent Intent, string[] Phrases)[] cues) =>
        [.. cues.Select(c => (c.Intent, c.Phrases.OrderByDescending(p => p.Length).Select(p => new CuePhrase(p)).ToArray()))];

    // A stable sort: phrases of one length keep the order written.
    private static (CuePhrase, T)[] LongestFirst<T>((string Phrase, T Value)[] phrases) =>
        [.. phrases.OrderByDescending(p => p.Phrase.Length).Select(p => (new CuePhrase(p.Phrase), p.Value))];
}
