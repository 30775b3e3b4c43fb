using PerfBot.Indicators;

namespace PerfBot.Alerts;

/// <summary>Works out an officer's alert from what they were last told. Pure: no store, no clock.</summary>
public static class AlertComposer
{
    public sealed record Result(OfficerAlert? Alert, IReadOnlyList<AlertBaseline> Baselines);

    /// <returns>The alert, or null when nothing changed for them; and the baselines to keep for next week.</returns>
    public static Result Compose(string userId, string? name, DateOnly asOf, IEnumerable<Watched> watched, IReadOnlyDictionary<long, AlertBaseline> baselines)
    {
        var lines = new List<AlertLine>();
        var next = new List<AlertBaseline>();
        foreach (var (status, owned) in watched)
        {
            var now = Baseline(status);
            next.Add(now);
            // An indicator they have just started following is their baseline: they hear about changes from here on.
            if (!baselines.TryGetValue(status.Indicator.Id, out var before)) continue;
            if (before.Rag == now.Rag && before.IsException == now.IsException) continue;
            if (status.Measurement is not { } m) continue;
            lines.Add(new AlertLine(status.Indicator.Code, status.Indicator.Name, m.Period.Label, m.Value, m.Target, status.Indicator.Unit,
                before.Rag, now.Rag, status.Direction, before.IsException, now.IsException, m.Source, owned));
        }
        var alert = lines.Count == 0 ? null
            : new OfficerAlert(userId, name, asOf, lines.OrderByDescending(l => l.IsException).ThenBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ToList());
        return new Result(alert, next);
    }

    /// <summary>Stale data has no current RAG: an indicator whose data goes overdue changes from what it was.</summary>
    public static AlertBaseline Baseline(IndicatorStatus s) =>
        new(s.Indicator.Id, s.LatestPeriod?.Label, s.IsStale ? null : s.Rag, s.IsException);
}
