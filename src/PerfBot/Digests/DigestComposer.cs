using PerfBot.Committees;
using PerfBot.Indicators;

namespace PerfBot.Digests;

/// <summary>Works out a committee's digest from its indicators' statuses and the last digest. Pure: no store, no clock.</summary>
public static class DigestComposer
{
    public const string NoServiceArea = "Other";

    /// <param name="statuses">The committee's indicators, each assessed at its newest period that had ended by <paramref name="asOf"/>.</param>
    /// <param name="previous">What the committee's last digest listed; null for its first.</param>
    public static Digest Compose(Committee committee, IEnumerable<IndicatorStatus> statuses, DateOnly asOf, DigestSnapshot? previous)
    {
        var report = ExceptionReport.From(statuses);
        var before = previous?.Exceptions.ToDictionary(e => e.Code, StringComparer.OrdinalIgnoreCase);
        var lines = report.Red.Concat(report.AmberWorsening).Select(s => Line(s, before)).ToList();
        var areas = lines
            .GroupBy(l => l.ServiceArea)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new DigestArea(g.Key, g.OrderBy(l => l.Rag).ThenBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ToList()))
            .ToList();
        return new Digest(
            committee.Id,
            committee.Name,
            asOf,
            report.LatestPeriod?.Label,
            areas,
            Departures(previous, lines, report),
            report.Overdue.Select(s => new DigestOverdue(s.Indicator.Code, s.Indicator.Name, AreaOf(s), s.LatestPeriod?.Label)).ToList(),
            report.OnTrack.Count,
            previous?.AsOf);
    }

    private static DigestLine Line(IndicatorStatus s, Dictionary<string, SnapshotEntry>? before)
    {
        var m = s.Measurement!;
        var rag = s.Rag!.Value;
        DigestChange? change = before is null ? null
            : !before.TryGetValue(s.Indicator.Code, out var was) ? (rag == Rag.Red ? DigestChange.NewlyRed : DigestChange.NewlyException)
            : rag == Rag.Red && was.Rag != Rag.Red ? DigestChange.NewlyRed
            : DigestChange.StillListed;
        return new DigestLine(s.Indicator.Code, s.Indicator.Name, AreaOf(s), m.Period.Label, m.Value, m.Target, s.Indicator.Unit,
            rag, s.Direction, m.Source, change);
    }

    private static List<DigestDeparture> Departures(DigestSnapshot? previous, List<DigestLine> lines, ExceptionReport report)
    {
        if (previous is null) return [];
        var listed = lines.Select(l => l.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var onTrack = report.OnTrack.ToDictionary(s => s.Indicator.Code, StringComparer.OrdinalIgnoreCase);
        var overdue = report.Overdue.ToDictionary(s => s.Indicator.Code, StringComparer.OrdinalIgnoreCase);
        return previous.Exceptions
            .Where(e => !listed.Contains(e.Code))
            .Select(e => onTrack.TryGetValue(e.Code, out var now)
                ? new DigestDeparture(e.Code, now.Indicator.Name, DepartureReason.Recovered, now.Rag, now.Measurement?.Period.Label)
                : new DigestDeparture(e.Code, e.Name, DepartureReason.OffTheList, null, overdue.GetValueOrDefault(e.Code)?.LatestPeriod?.Label))
            .OrderBy(d => d.Reason).ThenBy(d => d.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static string AreaOf(IndicatorStatus s) => string.IsNullOrWhiteSpace(s.Indicator.ServiceArea) ? NoServiceArea : s.Indicator.ServiceArea;
}
