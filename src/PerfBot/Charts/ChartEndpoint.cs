using PerfBot.Indicators;
using PerfBot.Store;

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
        endpoints.MapGet("/charts/{code}.png", (string code, IndicatorRepository indicators, ChartCache charts, TimeProvider clock) =>
        {
            var indicator = indicators.ByCode(code);
            if (indicator is null) return Results.NotFound();
            // The same window as the answer that links here: three years up to the latest figure that has ended.
            var history = indicators.Measurements(indicator.Id);
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            var latest = history.LastOrDefault(m => m.Period.End <= today) ?? history.LastOrDefault();
            var shown = latest is null ? history : history.Where(m => m.Period.End > HistoryWindow.After(latest.Period.End)).ToList();
            var chart = ChartData.FromHistory(indicator, shown);
            return chart is null ? Results.NotFound() : Results.File(charts.Render(chart), "image/png");
        });
        return endpoints;
    }

    public static string Url(string baseUrl, ChartData chart, string code) =>
        $"{baseUrl.TrimEnd('/')}/charts/{Uri.EscapeDataString(code)}.png?to={Uri.EscapeDataString(chart.Points[^1].Label)}&n={chart.Points.Count}";
}
