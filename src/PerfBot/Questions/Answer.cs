using PerfBot.Indicators;

namespace PerfBot.Questions;

/// <summary>
/// PerfBot's reply to one question: one record per kind of answer, each holding what its card and text need and no more.
/// Every figure in it comes from a stored measurement and carries its period and source. <see cref="AnswerText"/> and
/// <see cref="AnswerCard"/> render it; Answering/AnswerDispatcher.cs says where a new kind of answer goes.
/// </summary>
public abstract record Answer
{
    private protected Answer(Understanding understanding, IReadOnlyList<string> suggestions)
    {
        Understanding = understanding;
        Suggestions = suggestions;
    }

    /// <summary>How the question was read, for "--explain" and for the council to see why.</summary>
    public Understanding Understanding { get; }

    /// <summary>Questions the user could ask next (buttons).</summary>
    public IReadOnlyList<string> Suggestions { get; }

    /// <summary>What the question asked for (<see cref="IntentName"/> is the stable word).</summary>
    public Intent Intent => Understanding.Intent;

    public string IntentName => Intents.Name(Intent);

    /// <summary>The indicators the answer names, in order (for <c>ask --json</c> and the accuracy measure); none by default.</summary>
    public virtual IReadOnlyList<IndicatorLine> Indicators => [];
}

/// <summary>About one indicator: its status, trend, benchmarks, commentary, actions, target or owner, as the intent asked.</summary>
/// <param name="Line">The indicator at the period asked for, else its latest.</param>
/// <param name="EarlierHeld">The store holds figures older than the history shown.</param>
public sealed record IndicatorAnswer(Understanding Understanding, IReadOnlyList<string> Suggestions, IndicatorDetail Detail, IndicatorLine Line, bool EarlierHeld)
    : Answer(Understanding, Suggestions)
{
    public override IReadOnlyList<IndicatorLine> Indicators => [Line];
}

/// <summary>Two indicators side by side, each at the period asked for (else its latest), as a comparison shows one.</summary>
public sealed record ComparisonAnswer(Understanding Understanding, IReadOnlyList<string> Suggestions, IReadOnlyList<IndicatorAnswer> Sides)
    : Answer(Understanding, Suggestions)
{
    public override IReadOnlyList<IndicatorLine> Indicators => Sides.Select(s => s.Line).ToList();
}

/// <summary>Every indicator that matches the question's filters and scope, grouped by service area.</summary>
/// <param name="At">The period asked for; null for each indicator at its own latest period.</param>
public sealed record ListAnswer(Understanding Understanding, IReadOnlyList<string> Suggestions, Period? At, IReadOnlyList<ListGroup> Groups)
    : Answer(Understanding, Suggestions)
{
    /// <summary>For a list of how things stand now: the latest report held (its source, else its newest period), which the list is of.</summary>
    public string? LatestReport { get; init; }

    /// <summary>How many more would match at periods older than the latest report, left out of a list of now.</summary>
    public int OlderLeftOut { get; init; }

    public IReadOnlyList<IndicatorLine> Lines { get; } = Groups.SelectMany(g => g.Lines).ToList();

    public override IReadOnlyList<IndicatorLine> Indicators => Lines;
}

/// <summary>The question fits up to three indicators about equally: each offered, without figures, as a button.</summary>
/// <param name="Lines">The choices as indicators, without figures.</param>
public sealed record DidYouMeanAnswer(Understanding Understanding, IReadOnlyList<Choice> Choices, IReadOnlyList<IndicatorLine> Lines)
    : Answer(Understanding, Choices.Select(c => c.Question).ToList())
{
    public override IReadOnlyList<IndicatorLine> Indicators => Lines;
}

/// <summary>What PerfBot can answer, with example questions made from the store (the suggestions).</summary>
public sealed record HelpAnswer(Understanding Understanding, IReadOnlyList<string> Suggestions, StoreSummary Store) : Answer(Understanding, Suggestions);

/// <summary>A follow-up with nothing before it to follow on from: PerfBot asks what it is about rather than guess.</summary>
public sealed record ClarifyAnswer(Understanding Understanding, IReadOnlyList<string> Suggestions) : Answer(Understanding, Suggestions);

/// <summary>Nothing in the store fits the question: no figure is given, and what can be asked is said instead.</summary>
public sealed record NotHeldAnswer(Understanding Understanding, IReadOnlyList<string> Suggestions, StoreSummary Store) : Answer(Understanding, Suggestions);

/// <summary>How many indicators the store holds, and their service areas: what help says PerfBot answers about.</summary>
public sealed record StoreSummary(int Indicators, IReadOnlyList<string> ServiceAreas);
