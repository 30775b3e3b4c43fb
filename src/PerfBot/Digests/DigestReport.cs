using System.Text.Json.Serialization;
using PerfBot.Indicators;

namespace PerfBot.Digests;

/// <summary>The digest as <c>perfbot digest --json</c> writes it.</summary>
public sealed record DigestReport(
    [property: JsonPropertyName("committee")] string Committee,
    [property: JsonPropertyName("asOf")] string AsOf,
    [property: JsonPropertyName("latestPeriod")] string? LatestPeriod,
    [property: JsonPropertyName("exceptions")] IReadOnlyList<DigestReport.Exception> Exceptions,
    [property: JsonPropertyName("leftTheList")] IReadOnlyList<DigestReport.Departure> LeftTheList,
    [property: JsonPropertyName("stale")] IReadOnlyList<DigestReport.Stale> StaleIndicators,
    [property: JsonPropertyName("onTrack")] int OnTrack,
    [property: JsonPropertyName("text")] string Text)
{
    public sealed record Exception(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("serviceArea")] string ServiceArea,
        [property: JsonPropertyName("period")] string Period,
        [property: JsonPropertyName("value")] double? Value,
        [property: JsonPropertyName("target")] double? Target,
        [property: JsonPropertyName("unit")] string? Unit,
        [property: JsonPropertyName("rag")] string Rag,
        [property: JsonPropertyName("direction")] string? Direction,
        [property: JsonPropertyName("change")] string? Change,
        [property: JsonPropertyName("source")] string? Source);

    public sealed record Departure(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("change")] string Change,
        [property: JsonPropertyName("ragNow")] string? RagNow,
        [property: JsonPropertyName("periodNow")] string? PeriodNow);

    public sealed record Stale(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("serviceArea")] string ServiceArea,
        [property: JsonPropertyName("latestPeriod")] string? LatestPeriod);

    public static DigestReport From(Digest d) => new(
        d.Committee,
        d.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        d.LatestPeriod,
        d.Exceptions.Select(l => new Exception(l.Code, l.Name, l.ServiceArea, l.Period, l.Value, l.Target, l.Unit, Word(l.Rag), l.Direction is { } dir ? Word(dir) : null,
            l.Change is { } c ? Words(c) : null, l.Source)).ToList(),
        d.LeftTheList.Select(x => new Departure(x.Name, x.Reason == DepartureReason.Recovered ? "recovered" : "off the list", x.RagNow is { } r ? Word(r) : null, x.PeriodNow)).ToList(),
        d.Overdue.Select(o => new Stale(o.Name, o.ServiceArea, o.LatestPeriod)).ToList(),
        d.OnTrack,
        DigestText.Write(d));

    public static string Words(DigestChange change) => change switch
    {
        DigestChange.NewlyRed => "newly red",
        DigestChange.NewlyException => "newly an exception",
        _ => "still listed",
    };

    private static string Word<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
