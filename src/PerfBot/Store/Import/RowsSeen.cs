namespace PerfBot.Store.Import;

/// <summary>
/// Which row of a file gave each indicator and period, to tell a harmless repeat from a contradiction. Held per
/// indicator: a file gives an indicator's rows together, so its periods are looked up in a small table that stays in
/// the cache, where one table of every row of a million-row file missed it on most lookups and was copied again each
/// time it grew.
/// </summary>
internal sealed class RowsSeen
{
    private readonly Dictionary<long, Dictionary<int, (int Row, int Content)>> _byIndicator = [];
    private (long Indicator, Dictionary<int, (int Row, int Content)> Periods)? _last;

    /// <summary>Every indicator the file gave a row for.</summary>
    public IReadOnlyCollection<long> Indicators => _byIndicator.Keys;

    /// <summary>Notes the row, unless the file gave this indicator and period before: then <paramref name="first"/> is that row.</summary>
    /// <param name="content">What the row says (<see cref="MeasureImporter"/>'s hash of its values), to compare with a repeat.</param>
    public bool TryAdd(long indicator, StoredPeriod period, int row, int content, out (int Row, int Content) first)
    {
        var periods = PeriodsOf(indicator);
        if (periods.TryGetValue(period.Number, out first)) return false;
        periods[period.Number] = (row, content);
        return true;
    }

    private Dictionary<int, (int Row, int Content)> PeriodsOf(long indicator)
    {
        if (_last is { } last && last.Indicator == indicator) return last.Periods;
        if (!_byIndicator.TryGetValue(indicator, out var periods)) _byIndicator[indicator] = periods = [];
        _last = (indicator, periods);
        return periods;
    }
}
