using PerfBot.Council;

namespace PerfBot.Indicators;

/// <summary>A stored figure that an import changed: what it was, who changed it, when and from which file.</summary>
/// <param name="Field"><see cref="Value"/> or <see cref="Target"/>.</param>
public sealed record FigureCorrection(string Field, double? PreviousValue, DateTimeOffset CorrectedAt, string? CorrectedBy, string? FromFile)
{
    public const string Value = "value";
    public const string Target = "target";

    /// <summary>"corrected on 3 Dec 2026, was 41.4%" (or "target corrected on …"), as answers and <c>show</c> say it.</summary>
    public string Describe(string? unit) =>
        $"{(Field == Target ? "target " : "")}corrected on {CouncilCulture.ShortDate(CouncilClock.DateOf(CorrectedAt))}, was {Figures.Value(PreviousValue, unit)}";

    /// <summary>"corrected on 3 Dec 2026, was 41.4% (by Jo Bloggs from q2-2025-26.xlsx)".</summary>
    public string DescribeInFull(string? unit) => Origin.Length == 0 ? Describe(unit) : $"{Describe(unit)} ({Origin})";

    /// <summary>Who and where from: "by Jo Bloggs from q2-2025-26.xlsx".</summary>
    public string Origin => string.Join(" ", new[] { CorrectedBy is { } by ? $"by {by}" : null, FromFile is { } file ? $"from {file}" : null }.OfType<string>());
}

/// <summary>Who wrote a figure's commentary and actions in Teams, and when.</summary>
public sealed record CommentaryAuthor(string Name, DateTimeOffset WrittenAt)
{
    /// <summary>"Commentary by Jo Bloggs on 3 Dec 2026".</summary>
    public string Describe() => $"Commentary by {Name} on {CouncilCulture.ShortDate(CouncilClock.DateOf(WrittenAt))}";
}
