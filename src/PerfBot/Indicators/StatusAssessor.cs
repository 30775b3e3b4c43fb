namespace PerfBot.Indicators;

/// <summary>Works out an indicator's status from its measurements, at its latest period or one asked for.</summary>
public static class StatusAssessor
{
    /// <param name="history">The indicator's measurements, in any order.</param>
    /// <param name="at">The period asked about; the latest when null. A longer period (a quarter) finds the latest figure inside it.</param>
    /// <param name="asOf">Today, or the date a digest is as of: only periods ended by then count, and staleness is judged against it.</param>
    public static IndicatorStatus Assess(Indicator indicator, IReadOnlyList<Measurement> history, Period? at, DateOnly asOf)
    {
        var ended = history.Where(m => m.Period.End <= asOf).OrderBy(m => m.Period).ToList();
        var latest = ended.Count > 0 ? ended[^1] : null;
        var measurement = at is { } period ? Find(ended, period) : latest;
        var ratio = IsRatio(indicator.Unit);
        var previous = measurement is null ? null : Comparable(ended, measurement.Period.Previous(), measurement.Period, ratio);
        var lastYear = measurement is null ? null : Comparable(ended, measurement.Period.SamePeriodLastYear(), measurement.Period, ratio);
        var behind = latest is null ? int.MaxValue : Staleness.PeriodsBehind(latest.Period, indicator.Frequency ?? Staleness.FrequencyOf(latest.Period.Kind), asOf);
        return new IndicatorStatus(
            indicator,
            measurement,
            previous,
            lastYear,
            StatusRules.ComputeRag(measurement?.Value, measurement?.Target, indicator.Polarity, indicator.AmberTolerance),
            StatusRules.ComputeDirection(measurement?.Value, previous?.Value, indicator.Polarity),
            latest?.Period,
            behind,
            latest is null || behind >= Staleness.DefaultPeriodsAllowed);
    }

    /// <summary>The figure for exactly that period, else the latest figure within it (Sep-25 for Q2 2025/26).</summary>
    public static Measurement? Find(IReadOnlyList<Measurement> ordered, Period period) =>
        ordered.LastOrDefault(m => m.Period == period) ?? ordered.LastOrDefault(m => period.Contains(m.Period));

    /// <summary>
    /// The comparison figure: that exact period; for a percentage or rate, also a figure of another length that ends
    /// when it ends — the quarter-end 45.22% reported as Q2 2025/26 is the previous value of Oct-25. Counts of different
    /// lengths (a month's against a quarter's) are never compared.
    /// </summary>
    private static Measurement? Comparable(List<Measurement> ordered, Period period, Period notThis, bool ratio) =>
        ordered.LastOrDefault(m => m.Period == period)
        ?? (ratio ? ordered.LastOrDefault(m => m.Period.End == period.End && m.Period != notThis) : null);

    public static bool IsRatio(string? unit) =>
        unit is not null && (unit.Contains('%') || unit.Contains("per", StringComparison.OrdinalIgnoreCase) || unit.Contains("rate", StringComparison.OrdinalIgnoreCase));
}
