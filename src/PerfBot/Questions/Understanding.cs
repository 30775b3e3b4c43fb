using PerfBot.Indicators;

namespace PerfBot.Questions;

public enum Intent { Status, Trend, List, Compare, Why, Actions, Target, Owner, NextMeeting, Help, Unknown }

public static class Intents
{
    /// <summary>The short stable word for an intent, as JSON and the development set write it.</summary>
    public static string Name(Intent intent) => intent switch
    {
        Intent.NextMeeting => "next_meeting",
        _ => intent.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string? text, out Intent intent)
    {
        foreach (var value in Enum.GetValues<Intent>())
            if (string.Equals(Name(value), text?.Trim(), StringComparison.OrdinalIgnoreCase)) { intent = value; return true; }
        intent = Intent.Unknown;
        return false;
    }

    /// <summary>Intents about one indicator.</summary>
    public static bool IsAboutOne(Intent intent) => intent is Intent.Status or Intent.Trend or Intent.Compare or Intent.Why
        or Intent.Actions or Intent.Target or Intent.Owner;
}

public enum PeriodAskKind
{
    /// <summary>A period written out: Q2 2025/26, Oct-20, 2017/18.</summary>
    Exact,
    /// <summary>"latest", "now", "last month", "last quarter": the newest figure of that length the data holds.</summary>
    Latest,
    /// <summary>"previous month", "the quarter before": one period before the newest.</summary>
    BeforeLatest,
    /// <summary>"last year", "a year ago": the same period a year before the newest.</summary>
    YearBeforeLatest,
    /// <summary>"in October", "sept": the newest figure for that month of the year.</summary>
    MonthOfYear,
    /// <summary>"Q2" with no year: the newest figure in that quarter of any financial year.</summary>
    QuarterOfYear,
}

/// <summary>The period a question asks about, as written, before it is resolved against an indicator's own data.</summary>
public sealed record PeriodAsk(PeriodAskKind Kind, string Written, Period? Exact = null, PeriodKind? Length = null, int Number = 0)
{
    /// <summary>
    /// The period meant, for an indicator whose measurements are <paramref name="ordered"/> oldest first. "Latest" and
    /// "last …" are relative to the data's newest period, not to today. Null when the data has nothing to resolve against.
    /// </summary>
    public Period? Resolve(IReadOnlyList<Measurement> ordered)
    {
        if (Kind == PeriodAskKind.Exact) return Exact;
        IEnumerable<Measurement> ofLength = Length is { } length ? ordered.Where(m => m.Period.Kind == length) : ordered;
        var newest = ofLength.LastOrDefault()?.Period ?? ordered.LastOrDefault()?.Period;
        if (newest is not { } latest) return null;
        return Kind switch
        {
            PeriodAskKind.Latest => latest,
            PeriodAskKind.BeforeLatest => latest.Previous(),
            PeriodAskKind.YearBeforeLatest => latest.SamePeriodLastYear(),
            PeriodAskKind.MonthOfYear => ordered.LastOrDefault(m => m.Period.Kind == PeriodKind.Month && m.Period.Number == Number)?.Period
                                         ?? NewestMonthOfYear(latest, Number),
            PeriodAskKind.QuarterOfYear => NewestQuarterOfYear(ordered, Number),
            _ => latest,
        };
    }

    public string Describe() => Kind switch
    {
        PeriodAskKind.Exact => $"'{Written}' → {Exact!.Value.Label}",
        PeriodAskKind.Latest => $"'{Written}' → the newest {LengthWord} in the data",
        PeriodAskKind.BeforeLatest => $"'{Written}' → the {LengthWord} before the newest in the data",
        PeriodAskKind.YearBeforeLatest => $"'{Written}' → a year before the newest period in the data",
        PeriodAskKind.MonthOfYear => $"'{Written}' → the newest {System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(Number)} in the data",
        _ => $"'{Written}' → the newest Q{Number} in the data",
    };

    private string LengthWord => Length switch
    {
        PeriodKind.Month => "month",
        PeriodKind.Quarter => "quarter",
        PeriodKind.FinancialYear => "year",
        _ => "period",
    };

    private static Period? NewestQuarterOfYear(IReadOnlyList<Measurement> ordered, int quarter)
    {
        var held = ordered.LastOrDefault(m => m.Period.Kind == PeriodKind.Quarter && m.Period.Number == quarter);
        if (held is not null) return held.Period;
        var month = ordered.LastOrDefault(m => m.Period.Kind == PeriodKind.Month && QuarterOf(m.Period) == quarter);
        return month is null ? null : Period.Containing(PeriodKind.Quarter, month.Period.Start);
    }

    private static int QuarterOf(Period month) => Period.Containing(PeriodKind.Quarter, month.Start).Number;

    private static Period NewestMonthOfYear(Period latest, int month)
    {
        var year = latest.End.Month >= month ? latest.End.Year : latest.End.Year - 1;
        return Period.Month(year, month);
    }
}

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
    public bool IsAmbiguous => DidYouMean.Count > 1;

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
        if (Committee is { } c) lines.Add($"Committee:  {c.Name}");
        lines.Add($"Words used: {(ContentWords.Count == 0 ? "(none)" : string.Join(" ", ContentWords))}");
        lines.AddRange(Notes.Select(n => $"  · {n}"));
        if (Candidates.Count > 0)
        {
            lines.Add("Indicators considered (score = 0.6 × question covered + 0.4 × name covered + bonuses):");
            foreach (var candidate in Candidates)
                lines.Add($"  {candidate.Score,5:0.000}  {candidate.Code,-34} question {candidate.QueryCoverage:0.00}, name {candidate.FieldCoverage:0.00} ({candidate.BestField}), bigrams {candidate.Bigrams}; matched {string.Join(", ", candidate.Matched)}");
        }
        lines.Add(Chosen is { } chosen ? $"Chosen:     {chosen.Code}"
            : DidYouMean.Count > 1 ? $"Ambiguous:  {string.Join(" / ", DidYouMean.Select(x => x.Code))}"
            : "Chosen:     no indicator");
        return string.Join(Environment.NewLine, lines);
    }
}
