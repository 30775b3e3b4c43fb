using PerfBot.Indicators;

namespace PerfBot.Briefings;

/// <summary>
/// A pre-meeting brief for a committee's chair, as of the day it was composed. Every figure is a stored measurement
/// with its period and source; the JSON of this record is what `perfbot brief --json` prints and what the store keeps,
/// so the card, the .docx and the command line show the same thing.
/// </summary>
public sealed record Brief(
    string Committee,
    DateOnly Meeting,
    string? MeetingTitle,
    DateOnly ComposedOn,
    BriefCounts Counts,
    IReadOnlyList<BriefItem> Red,
    IReadOnlyList<BriefItem> AmberWorsening,
    IReadOnlyList<FocusArea> Focus,
    IReadOnlyList<BriefRisk> Risks,
    Freshness Freshness,
    IReadOnlyList<BriefOverdue> Overdue,
    IReadOnlyList<BriefPlanItem> ForwardPlan,
    IReadOnlyList<ScrutinyQuestion> Questions);

/// <param name="OnTrack">Current indicators rated Green.</param>
/// <param name="OtherCurrent">Current indicators that are neither exceptions nor Green: Amber and not worsening, or not rated.</param>
public sealed record BriefCounts(int Red, int AmberWorsening, int OnTrack, int OtherCurrent, int Overdue);

/// <param name="RagSource">"reported" when the return gave the RAG, "computed" when PerfBot worked it out from value and target.</param>
/// <param name="RedRun">The periods of the latest unbroken run of Red figures, oldest first (empty unless Red).</param>
/// <param name="CommentaryBy">"Commentary by … on …" when the owner or a data officer wrote it in Teams.</param>
public sealed record BriefItem(
    string Code,
    string Name,
    string? ServiceArea,
    string Period,
    string PeriodDescription,
    double? Value,
    double? Target,
    string? Unit,
    string ValueText,
    string? TargetText,
    Rag Rag,
    string RagSource,
    Direction? Direction,
    string? DirectionSource,
    string? PreviousText,
    IReadOnlyList<BriefBenchmark> Benchmarks,
    IReadOnlyList<string> RedRun,
    string? Narrative,
    string? Actions,
    string? Source,
    string? CommentaryBy = null);

public sealed record BriefBenchmark(string Kind, string Period, double Value, string ValueText, string? Source);

/// <param name="Reason">Why it was chosen, in stored facts only: "44.71% at Oct-25 against a target of 30% (49% beyond target)".</param>
public sealed record FocusArea(string Code, string Name, string Reason, double Score);

public sealed record BriefRisk(string Id, string Description, string? Rating, string? Trend, IReadOnlyList<string> LinkedIndicators, string? Source);

/// <param name="Text">The plain sentence shown to the chair, always with the absolute age of the data.</param>
public sealed record Freshness(string? NewestPeriod, DateOnly? NewestPeriodEnd, int? MonthsBeforeMeeting, IReadOnlyList<PeriodCount> CurrentPeriods, string Text);

public sealed record PeriodCount(string Period, string Description, int Indicators, int MonthsBeforeMeeting);

/// <param name="PeriodsBehind">Periods of its own frequency behind the newest period any of the committee's indicators holds.</param>
public sealed record BriefOverdue(string Code, string Name, string? LatestPeriod, int? PeriodsBehind);

public sealed record BriefPlanItem(string Item, string? Detail, string? Source);

/// <param name="Template">Which template produced it, so a reader can see the question is built from data, not written.</param>
public sealed record ScrutinyQuestion(string Text, string Template, string? IndicatorCode);
