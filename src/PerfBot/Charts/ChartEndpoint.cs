using PerfBot.Indicators;
using PerfBot.Store;
using PerfBot.Council;

namespace PerfBot.Charts;

/// <summary>
/// GET /charts/{code}.png: an indicator's trend chart, drawn when a Teams client first shows the card and cached by
/// content. Answers then carry a link rather than the image, so answering never waits on drawing.
/// </summary>
public static class ChartEndpoint
{
    /// <summary>The bot's public address (https://perfbot.example.gov.uk); without it answers embed the chart inline.</summary>
    public const string BaseUrlKey = "Charts:BaseUrl";

    public static IEndpointRouteBuilder MapCharts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/charts/{code}.png", (string code, string? from, string? to, IndicatorRepository indicators, ChartCache charts, CouncilClock clock) =>
        {
            var indicator = indicators.ByCode(code);
            if (indicator is null) return Results.NotFound();
            var history = indicators.Measurements(indicator.Id);
            var chart = ChartData.FromHistory(indicator, Shown(history, from, to, clock.Today));
            return chart is null ? Results.NotFound() : Results.File(charts.Render(chart), "image/png");
        });
        return endpoints;
    }

    /// <summary>The chart of exactly the periods the answer showed (its first and last are in the link), so the image matches the card.</summary>
    public static string Url(string baseUrl, ChartData chart, string code) =>
        $"{baseUrl.TrimEnd('/')}/charts/{Uri.EscapeDataString(code)}.png?from={Uri.EscapeDataString(chart.Points[0].Label)}&to={Uri.EscapeDataString(chart.Points[^1].Label)}&n={chart.Points.Count}";

    /// <summary>The periods from <paramref name="from"/> to <paramref name="to"/>; without them, the window an answer about the indicator shows today.</summary>
    private static IReadOnlyList<Measurement> Shown(IReadOnlyList<Measurement> history, string? from, string? to, DateOnly today)
    {
        if (Period.TryParse(from, out var first) && Period.TryParse(to, out var last))
            return history.Where(m => m.Period >= first && m.Period <= last).ToList();
        var latest = history.LastOrDefault(m => m.Period.End <= today) ?? history.LastOrDefault();
        return latest is null ? history : history.Where(m => m.Period.End > HistoryWindow.After(latest.Period)).ToList();
    }
}
