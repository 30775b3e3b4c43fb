using PerfBot.Indicators;
using PerfBot.Links;
using PerfBot.Store;

namespace PerfBot.Charts;

/// <summary>
/// GET /charts/{code}.png?from=&amp;to=&amp;n=&amp;expires=&amp;sig= — an indicator's trend chart for the periods the
/// link names, drawn when a Teams client first shows the card and cached by content. Answers carry a link rather than
/// the image, so answering never waits on drawing. A range that is not one is a 400; a link the bot did not sign, or
/// one altered, a 403; an expired one a 410.
/// </summary>
public static class ChartEndpoint
{
    public static IEndpointRouteBuilder MapCharts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/charts/{code}.png", (string code, HttpContext http, ChartLinks links, IndicatorRepository indicators, ChartCache charts) =>
        {
            var query = http.Request.Query;
            string? from = query["from"], to = query["to"];
            // A link without a range is no link the bot made (403 below); a range that is not one is a 400.
            var range = Range(from, to);
            if (range is null && (from is not null || to is not null))
                return Results.Text($"from and to must be two periods, the first no later than the second ({PeriodParser.Forms}).", statusCode: StatusCodes.Status400BadRequest);
            switch (links.Verify(code, from, to, query["n"], query["expires"], query["sig"]))
            {
                case LinkSigner.Check.Tampered:
                    return Results.Text("This chart link is not valid.", statusCode: StatusCodes.Status403Forbidden);
                case LinkSigner.Check.Expired:
                    return Results.Text("This chart link has expired.", statusCode: StatusCodes.Status410Gone);
            }
            var indicator = indicators.ByCode(code);
            if (indicator is null) return Results.NotFound();
            var (first, last) = range!.Value;
            var shown = indicators.Measurements(indicator.Id).Where(m => m.Period >= first && m.Period <= last).ToList();
            var chart = ChartData.FromHistory(indicator, shown);
            return chart is null ? Results.NotFound() : Results.File(charts.Render(chart), "image/png");
        });
        return endpoints;
    }

    private static (Period First, Period Last)? Range(string? from, string? to) =>
        Period.TryParse(from, out var first) && Period.TryParse(to, out var last) && first <= last ? (first, last) : null;
}
