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
public sealed partial class ReaderConfig
{
    public static ReaderConfig Default { get; } = new();

    /// <summary>The lowest score and share of the question explained at which an indicator is taken as meant.</summary>
    public double AcceptScore { get; init; } = 0.5;
    public double AcceptCoverage { get; init; } = 0.55;
    /// <summary>An indicator whose name or alias the question says in full is taken with this little of the question
    /// explained, when no rival scores within <see cref="NamedMargin"/> of it.</summary>
    public double NamedCoverage { get; init; } = 0.4;
    public double NamedMargin { get; init; } = 0.15;
    /// <summary>Candidates this close to the best are offered as "Did you mean…" instead of picking one.</summary>
    public double AmbiguityMargin { get; init; } = 0.035;
    /// <summary>A rival this close, explaining this much of the question, puts the best in doubt when it explains a
    /// telling word the best leaves out: a word in no more than <see cref="TellingShare"/> of the names.</summary>
    public double DoubtMargin { get; init; } = 0.15;
    public double DoubtCoverage { get; init; } = 0.4;
    public double TellingShare { get; init; } = 0.125;

    /// <summary>Intent cue phrases, each intent's longest first so "what is being done" is taken before "done" could be.
    /// The order of intents matters only for which wins when several appear (see <see cref="IntentStage"/>).</summary>
    internal (Intent Intent, CuePhrase[] Phrases)[] Cues { get; } = LongestFirst(
    [
        (Intent.Help, ["what sort of questions", "what kind of questions", "questions can i ask", "what kind of things", "what sort of things", "what is this for", "what is this thing for", "what are you for", "what do you know about", "help", "what can you do", "what can i ask", "what do you do", "how do i use", "how does this work", "commands", "examples", "example questions", "what can you tell me", "what do you know", "menu", "get started"]),
        (Intent.Prepare, ["good questions", "questions for", "key areas", "areas to focus", "focus on", "big issues", "main issues", "push officers", "pushing officers", "should i be pushing", "should i be asking", "hold officers to account", "prep", "prepping", "what should i ask", "what shall i ask", "what should we ask", "what to ask", "questions should i ask", "questions to ask", "questions i should ask", "what should i focus on", "what should we focus on", "focus areas", "areas of focus", "prepare", "preparing", "preparation", "brief me", "what should i raise", "what to raise", "key issues", "what should i look at"]),
        (Intent.ForwardPlan, ["forward plan", "work programme", "work plan", "agenda", "agendas", "on the agenda", "coming up", "coming to committee", "coming to", "come to committee", "going to committee", "planned for", "scheduled for", "being discussed", "discussed", "discussing", "due to come"]),
        (Intent.Committee, ["vice chair", "vice chairman", "vice chairwoman", "vice chairperson", "deputy chair", "deputy chairman", "chair", "chairs", "chairman", "chairwoman", "chairperson", "chairing", "chaired", "members", "member", "membership", "whos on", "who is on", "who are on", "who sits on", "sits on", "sit on", "councillors on", "councillors of", "cllrs on", "who else", "anyone else", "which committee", "what committee", "which committees"]),
        (Intent.Meeting, ["what date", "which date", "what day", "next date", "next meeting", "next committee", "when is the next", "when does the committee meet", "when do we meet", "meeting", "meetings", "meet", "meets", "met", "meeting date", "meeting dates", "committee date", "committee dates", "scrutiny date", "scrutiny dates"]),
        (Intent.Why, ["why", "whys", "how come", "whats happening", "what is happening", "what happened", "whats going on", "what is going on", "whats behind", "what is behind", "explain", "explanation", "reason", "reasons", "commentary", "narrative", "cause", "causes", "causing", "whats driving", "driving", "context", "story behind"]),
        (Intent.Actions, ["improvement plan", "improvement plans", "whats the plan", "what is the plan", "what are the plans", "what the plan is", "what the plans are", "what is the council doing", "whats the council doing", "what the council is doing", "what is being done", "whats being done", "being done", "doing about", "what are we doing", "what are officers doing", "action", "actions", "action plan", "improve", "fix", "fixing", "next steps", "steps", "mitigation", "mitigations", "tackle", "tackling", "address", "addressing", "recovery plan", "what will we do", "what are we going to do", "plan to improve", "plans to improve", "can be done", "could be done", "what support", "doing to"]),
        (Intent.Compare, ["worse than", "better than", "higher than", "lower than", "better or worse", "up or down", "higher or lower", "more or less", "more or fewer", "increase or decrease", "good plus authorities", "good plus councils", "goodplus authorities", "goodplus councils", "good plus las", "side by side", "against", "v", "compare", "compared", "comparison", "comparing", "benchmark", "benchmarks", "benchmarked", "benchmarking", "england", "national", "nationally", "national average", "neighbours", "neighbour", "stat neighbours", "statistical neighbours", "good plus", "goodplus", "good or outstanding", "vs", "versus", "other councils", "other authorities", "other las", "similar councils", "average", "stack up", "league table", "peers", "up on", "down on"]),
        (Intent.Owner, ["owner", "owns", "who owns", "responsible", "accountable", "lead officer", "who leads", "in charge", "who is the lead", "whos the lead", "who do i ask", "who to ask", "who should i ask", "officer for", "who looks after", "who manages"]),
        (Intent.Target, ["target", "targets", "aim", "aiming", "goal", "should be", "supposed to be", "meant to be", "ambition"]),
        (Intent.Trend, ["trend", "trends", "trending", "over time", "history", "historic", "historical", "chart", "graph", "plot", "trajectory", "over the year", "over the years", "over the last", "since", "going up", "going down", "rising", "falling", "increasing", "decreasing", "changed", "year on year", "time series", "direction of travel", "dot", "moving", "movement", "getting quicker", "getting faster", "getting slower", "getting longer", "getting shorter", "getting higher", "getting lower"]),
    ]);

    /// <summary>Words for which way a plan should move a figure ("reducing", "more"): with an actions cue, what is wanted, not what is measured.</summary>
    internal IReadOnlySet<string> AimWords { get; } = new HashSet<string>(StringComparer.Ordinal)
        { "reduce", "reducing", "reduction", "cut", "cutting", "lower", "lowering", "fewer", "less", "more", "increase", "increasing", "raise", "raising", "boost", "boosting" };

    /// <summary>Compare cues that only ask which way a figure moved: with a trend cue ("better or worse over time") they ask for the trend.</summary>
    internal IReadOnlySet<string> ChangeWords { get; } = new HashSet<string>(StringComparer.Ordinal)
        { "better or worse", "up or down", "higher or lower", "more or less", "more or fewer", "increase or decrease" };

    /// <summary>Filter words, longest first: the first found in the question is the filter.</summary>
    internal (CuePhrase Phrase, Rag Rag)[] RagWords { get; } = LongestFirst<Rag>(
        [("red", Rag.Red), ("reds", Rag.Red), ("amber", Rag.Amber), ("ambers", Rag.Amber), ("green", Rag.Green), ("greens", Rag.Green),
         ("rated red", Rag.Red), ("rated amber", Rag.Amber), ("rated green", Rag.Green), ("rag rated red", Rag.Red), ("rag rated amber", Rag.Amber), ("rag rated green", Rag.Green)]);

    internal (CuePhrase Phrase, Direction Direction)[] DirectionWords { get; } = LongestFirst<Direction>(
    [
        ("improving", Direction.Improving), ("improved", Direction.Improving), ("getting better", Direction.Improving), ("better", Direction.Improving),
        ("worsening", Direction.Worsening), ("worsened", Direction.Worsening), ("getting worse", Direction.Worsening), ("worse", Direction.Worsening),
        ("deteriorating", Direction.Worsening), ("declining", Direction.Worsening), ("going backwards", Direction.Worsening),
        ("heading the wrong way", Direction.Worsening), ("going the wrong way", Direction.Worsening), ("the wrong way", Direction.Worsening),
        ("wrong direction", Direction.Worsening), ("the right way", Direction.Improving), ("right direction", Direction.Improving),
        ("didnt move", Direction.Same), ("did not move", Direction.Same), ("not moved", Direction.Same), ("hasnt moved", Direction.Same),
        ("no movement", Direction.Same), ("flatlining", Direction.Same), ("flatlined", Direction.Same),
        ("unchanged", Direction.Same), ("no change", Direction.Same), ("static", Direction.Same), ("stable", Direction.Same), ("flat", Direction.Same),
    ]);

    internal CuePhrase[] ExceptionWords { get; } =
    [.. new[] { "exception", "exceptions", "exception report", "off track", "failing", "struggling", "underperforming", "not on track", "problem areas", "worrying", "of concern", "red flags" }
        .OrderByDescending(e => e.Length).Select(e => new CuePhrase(e))];

    /// <summary>Words asking for a list rather than one indicator; never words of an indicator's name.</summary>
    internal IReadOnlySet<string> ListWords { get; } = new HashSet<string>(StringComparer.Ordinal)
        { "list", "which", "all", "every", "everything", "anything", "any", "show", "what", "whats", "where", "ones", "areas", "indicators", "measures", "kpis", "how many", "summary", "overview" };

    internal CuePhrase HowMany { get; } = new("how many");

    /// <summary>Words for the measures themselves: "all the … measures" asks for every one of a subject.</summary>
    internal IReadOnlySet<string> MeasureWords { get; } = new HashSet<string>(StringComparer.Ordinal) { "measures", "indicators", "kpis", "pis", "figures", "numbers", "stats" };

    /// <summary>Words saying what follows is within the whole asked about ("homelessness incl B&amp;B"), not all of it.</summary>
    internal IReadOnlySet<string> IncludingWords { get; } = new HashSet<string>(StringComparer.Ordinal) { "incl", "including", "inc", "includes" };

    internal string[] MonthWords { get; } = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Periods said in words, relative to the data's newest period; the first found is taken.</summary>
    internal (CuePhrase Phrase, PeriodAskKind Kind, PeriodKind? Length)[] RelativePeriods { get; } =
    [.. new (string Phrase, PeriodAskKind Kind, PeriodKind? Length)[]
    {
        ("last month", PeriodAskKind.Latest, PeriodKind.Month), ("this month", PeriodAskKind.Latest, PeriodKind.Month), ("latest month", PeriodAskKind.Latest, PeriodKind.Month),
        ("most recent month", PeriodAskKind.Latest, PeriodKind.Month), ("previous month", PeriodAskKind.BeforeLatest, PeriodKind.Month), ("month before", PeriodAskKind.BeforeLatest, PeriodKind.Month),
        ("last quarter", PeriodAskKind.Latest, PeriodKind.Quarter), ("last qtr", PeriodAskKind.Latest, PeriodKind.Quarter), ("this qtr", PeriodAskKind.Latest, PeriodKind.Quarter),
        ("previous qtr", PeriodAskKind.BeforeLatest, PeriodKind.Quarter), ("this quarter", PeriodAskKind.Latest, PeriodKind.Quarter), ("latest quarter", PeriodAskKind.Latest, PeriodKind.Quarter),
        ("most recent quarter", PeriodAskKind.Latest, PeriodKind.Quarter), ("previous quarter", PeriodAskKind.BeforeLatest, PeriodKind.Quarter), ("quarter before", PeriodAskKind.BeforeLatest, PeriodKind.Quarter),
        ("same time last year", PeriodAskKind.YearBeforeLatest, null), ("same period last year", PeriodAskKind.YearBeforeLatest, null), ("last year", PeriodAskKind.YearBeforeLatest, null),
        ("the year before", PeriodAskKind.YearBeforeLatest, null), ("year before", PeriodAskKind.YearBeforeLatest, null), ("a year earlier", PeriodAskKind.YearBeforeLatest, null),
        ("year earlier", PeriodAskKind.YearBeforeLatest, null), ("12 months ago", PeriodAskKind.YearBeforeLatest, null), ("twelve months ago", PeriodAskKind.YearBeforeLatest, null),
        ("the previous month", PeriodAskKind.BeforeLatest, PeriodKind.Month), ("the month before", PeriodAskKind.BeforeLatest, PeriodKind.Month),
        ("the previous quarter", PeriodAskKind.BeforeLatest, PeriodKind.Quarter), ("the quarter before", PeriodAskKind.BeforeLatest, PeriodKind.Quarter),
        ("a year ago", PeriodAskKind.YearBeforeLatest, null), ("year ago", PeriodAskKind.YearBeforeLatest, null), ("previous year", PeriodAskKind.YearBeforeLatest, null),
        ("most recent", PeriodAskKind.Latest, null), ("latest", PeriodAskKind.Latest, null), ("right now", PeriodAskKind.Latest, null),
    }.Select(p => (new CuePhrase(p.Phrase), p.Kind, p.Length))];

    /// <summary>Words that turn a name into its opposite ("not residential or nursing"): a name with one the question lacks, or the reverse, fits less well.</summary>
    internal IReadOnlySet<string> Negations { get; } = new HashSet<string>(StringComparer.Ordinal) { "not", "non", "without", "excluding", "un" };

    /// <summary>Words asking how things stand now, as words: a list is then of the latest report held.</summary>
    internal string[][] CurrentWords { get; } = [.. new[] { "at the moment", "currently", "right now", "at present", "presently", "now", "as it stands", "as things stand", "these days", "today", "latest report", "last report", "most recent report", "current report", "this report" }.Select(p => p.Split(' '))];

    /// <summary>Phrases setting what follows aside ("at home rather than in a care home"), as words.</summary>
    internal string[][] Contrasts { get; } = [.. new[] { "rather than", "instead of", "as opposed to" }.Select(p => p.Split(' '))];

    private static (Intent, CuePhrase[])[] LongestFirst((Intent Intent, string[] Phrases)[] cues) =>
        [.. cues.Select(c => (c.Intent, c.Phrases.OrderByDescending(p => p.Length).Select(p => new CuePhrase(p)).ToArray()))];

    // A stable sort: phrases of one length keep the order written.
    private static (CuePhrase, T)[] LongestFirst<T>((string Phrase, T Value)[] phrases) =>
        [.. phrases.OrderByDescending(p => p.Phrase.Length).Select(p => (new CuePhrase(p.Phrase), p.Value))];
}
