using PerfBot.Indicators;

namespace PerfBot.Digests;

/// <summary>The digest as <c>perfbot digest --json</c> writes it: snake_case names, as every verb writes JSON.</summary>
public sealed record DigestReport(
    string Committee,
    string AsOf,
    string? LatestPeriod,
    IReadOnlyList<DigestReport.ExceptionRow> Exceptions,
    IReadOnlyList<DigestReport.DepartureRow> LeftTheList,
    IReadOnlyList<DigestReport.OverdueRow> Stale,
    int OnTrack,
    string Text,
    IReadOnlyList<DigestReport.CorrectionRow> Corrections)
{
    public sealed record ExceptionRow(
        string Code,
        string Name,
        string ServiceArea,
        string Period,
        double? Value,
        double? Target,
        string? Unit,
        string Rag,
        string? Direction,
        string? Change,
        string? Source,
        string? Commentary,
        string? CommentaryBy);

    /// <summary>A figure the committee had been sent and that was corrected since the last digest.</summary>
    public sealed record CorrectionRow(string Code, string Name, string Period, string Field, string Was, string Now, string CorrectedOn, string? CorrectedBy, string? FromFile);

    public sealed record DepartureRow(
        string Name,
        string Change,
        string? RagNow,
        string? PeriodNow);

    public sealed record OverdueRow(
        string Name,
        string ServiceArea,
        string? LatestPeriod);

    public static DigestReport From(Digest d) => new(
        d.Committee,
        d.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        d.LatestPeriod,
        d.Exceptions.Select(l => new ExceptionRow(l.Code, l.Name, l.ServiceArea, l.Period, l.Value, l.Target, l.Unit, Word(l.Rag), l.Direction is { } dir ? Word(dir) : null,
            l.Change is { } c ? Words(c) : null, l.Source, l.Commentary?.Text, l.Commentary?.By)).ToList(),
        d.LeftTheList.Select(x => new DepartureRow(x.Name, x.Reason == DepartureReason.Recovered ? "recovered" : "off the list", x.RagNow is { } r ? Word(r) : null, x.PeriodNow)).ToList(),
        d.Overdue.Select(o => new OverdueRow(o.Name, o.ServiceArea, o.LatestPeriod)).ToList(),
        d.OnTrack,
        DigestText.Write(d),
        (d.Corrections ?? []).Select(c => new CorrectionRow(c.Code, c.Name, c.Period, c.Field, c.Was, c.Now,
            c.CorrectedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), c.CorrectedBy, c.FromFile)).ToList());

    public static string Words(DigestChange change) => change switch
    {
        DigestChange.NewlyRed => "newly red",
        DigestChange.NewlyException => "newly an exception",
        _ => "still listed",
    };

    private static string Word<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
