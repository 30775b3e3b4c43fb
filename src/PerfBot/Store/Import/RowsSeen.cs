namespace PerfBot.Store.Import;

/// <summary>
/// Which row of a file gave each indicator and period, to tell a harmless repeat from a contradiction. Held per
/// indicator, by the period's number in the file (<see cref="StoredPeriods"/>): a file gives an indicator's rows
/// together, so each row is a look into a small array that stays in the cache. One table of every row of a
/// million-row file missed the cache on most lookups and was copied again each time it grew; a small table per
/// indicator, grown a step at a time, was most of the garbage collector's work at 100,000 indicators.
/// </summary>
internal sealed class RowsSeen(StoredPeriods periods)
{
    // A row number of 0 (the header is row 1): the file has not given that period for the indicator.
    private readonly Dictionary<long, (int Row, int Content)[]> _byIndicator = [];
    private (long Indicator, (int Row, int Content)[] Rows)? _last;

    /// <summary>Every indicator the file gave a row for.</summary>
    public IReadOnlyCollection<long> Indicators => _byIndicator.Keys;

    /// <summary>Notes the row, unless the file gave this indicator and period before: then <paramref name="first"/> is that row.</summary>
    /// <param name="content">What the row says (<see cref="MeasureImporter"/>'s hash of its values), to compare with a repeat.</param>
    public bool TryAdd(long indicator, StoredPeriod period, int row, int content, out (int Row, int Content) first)
    {
        var rows = RowsOf(indicator, period.Number);
        first = rows[period.Number];
        if (first.Row != 0) return false;
        rows[period.Number] = (row, content);
        return true;
    }

    private (int Row, int Content)[] RowsOf(long indicator, int number)
    {
        if (_last is not { } last || last.Indicator != indicator)
        {
            // Sized for every period the file has shown so far: most indicators of a file have the same periods.
            if (!_byIndicator.TryGetValue(indicator, out var found)) _byIndicator[indicator] = found = new (int, int)[periods.Count];
            last = (indicator, found);
        }
        if (number >= last.Rows.Length)
        {
            var rows = last.Rows;
            Array.Resize(ref rows, Math.Max(number + 1, periods.Count));
            _byIndicator[indicator] = rows;
            last = (indicator, rows);
        }
        _last = last;
        return last.Rows;
    }
}
