using System.Collections.Concurrent;
using System.Globalization;

namespace PerfBot.Charts;

/// <summary>
/// Rendered trend charts by their content: drawing a PNG costs far more than answering the question, and the same
/// indicator is asked about again and again until its figures change.
/// </summary>
public sealed class ChartCache(int capacity = 1000)
{
    private readonly ConcurrentDictionary<string, byte[]> _charts = new();

    public byte[] Render(ChartData chart)
    {
        var key = chart.Title + "|" + chart.Unit + "|" + string.Join(";", chart.Points.Select(p =>
            string.Create(CultureInfo.InvariantCulture, $"{p.Label}={p.Value}/{p.Target}")));
        if (_charts.TryGetValue(key, out var png)) return png;
        // Simplest bound that cannot grow without limit: start again when full.
        if (_charts.Count >= capacity) _charts.Clear();
        return _charts[key] = TrendChart.Render(chart);
    }
}
