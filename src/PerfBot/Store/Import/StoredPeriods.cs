using PerfBot.Indicators;

namespace PerfBot.Store.Import;

/// <summary>A period of a measures file as the store writes it, and its place among the file's periods.</summary>
/// <param name="Number">Counts the file's distinct periods from 0: with the indicator's id, it keys the file's duplicate-row check.</param>
internal sealed record StoredPeriod(int Number, string Label, string Start, string End);

/// <summary>
/// A file repeats a few periods on every row: each distinct one gets its label and ISO start and end once per file,
/// shared by the duplicate-row check, the change tracker and the writer (the same string objects, which the SQLite
/// writer then need not bind again when the next row has the same period).
/// </summary>
internal sealed class StoredPeriods
{
    private readonly Dictionary<Period, StoredPeriod> _periods = [];

    /// <summary>How many distinct periods the file has given so far.</summary>
    public int Count => _periods.Count;

    public StoredPeriod Of(Period period)
    {
        if (!_periods.TryGetValue(period, out var stored))
            _periods[period] = stored = new StoredPeriod(_periods.Count, period.Label, StoredDate.Of(period.Start), StoredDate.Of(period.End));
        return stored;
    }
}
