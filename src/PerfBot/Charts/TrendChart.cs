using PerfBot.Indicators;
using ScottPlot;

namespace PerfBot.Charts;

public sealed record ChartPoint(string Label, double Value, double? Target);

/// <summary>A trend to draw: the indicator's figures oldest first, with the target where one was set.</summary>
public sealed record ChartData(string Title, string? Unit, IReadOnlyList<ChartPoint> Points)
{
    /// <summary>The figures of a history that have a value, oldest first; null when fewer than three (no trend to show).</summary>
    public static ChartData? FromHistory(Indicator indicator, IReadOnlyList<Measurement> history, int minimumPoints = 3)
    {
        var points = history.Where(m => m.Value is not null).OrderBy(m => m.Period)
            .Select(m => new ChartPoint(m.Period.Label, m.Value!.Value, m.Target)).ToList();
        return points.Count < minimumPoints ? null : new ChartData(indicator.Name, indicator.Unit, points);
    }
}

/// <summary>Draws a small trend chart as a PNG, readable on a phone: the figures as a line with markers, the target dashed, period labels below.</summary>
public static class TrendChart
{
    public const int Width = 480;
    public const int Height = 270;

    public static byte[] Render(ChartData chart, int width = Width, int height = Height)
    {
        var plot = new Plot();
        var xs = Enumerable.Range(0, chart.Points.Count).Select(i => (double)i).ToArray();
        var values = chart.Points.Select(p => p.Value).ToArray();

        var line = plot.Add.Scatter(xs, values);
        line.LineWidth = 3;
        line.MarkerSize = 9;
        line.Color = new Color(0x1f, 0x4e, 0x79);
        line.LegendText = "Value";

        if (chart.Points.Any(p => p.Target is not null))
        {
            var targetXs = new List<double>();
            var targets = new List<double>();
            for (var i = 0; i < chart.Points.Count; i++)
                if (chart.Points[i].Target is { } t) { targetXs.Add(i); targets.Add(t); }
            if (targets.Count == 1)
            {
                var h = plot.Add.HorizontalLine(targets[0]);
                h.LinePattern = LinePattern.Dashed;
                h.LineWidth = 2;
                h.Color = new Color(0xc0, 0x39, 0x2b);
                h.LegendText = "Target";
            }
            else
            {
                var target = plot.Add.Scatter(targetXs.ToArray(), targets.ToArray());
                target.LinePattern = LinePattern.Dashed;
                target.LineWidth = 2;
                target.MarkerSize = 0;
                target.Color = new Color(0xc0, 0x39, 0x2b);
                target.LegendText = "Target";
            }
            plot.ShowLegend(Alignment.UpperLeft);
        }

        var ticks = chart.Points.Select((p, i) => new Tick(i, p.Label)).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Axes.Bottom.TickLabelStyle.Rotation = chart.Points.Count > 6 ? 45 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = chart.Points.Count > 6 ? Alignment.MiddleLeft : Alignment.UpperCenter;
        plot.Title(Shorten(chart.Title, 48), size: 14);
        if (!string.IsNullOrWhiteSpace(chart.Unit) && chart.Unit != "number") plot.YLabel(chart.Unit, size: 13);
        plot.Axes.Margins(horizontal: 0.08, vertical: 0.15);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
