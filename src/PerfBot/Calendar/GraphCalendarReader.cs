using System.Globalization;
using Azure.Core;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

using PerfBot.Graph;

namespace PerfBot.Calendar;

/// <summary>
/// Reads a group's calendarView through the Microsoft Graph SDK with its own HTTP pipeline (retry with Retry-After,
/// compression; no redirects), following @odata.nextLink to the last page.
/// </summary>
public sealed class GraphCalendarReader
{
    private static readonly string[] Fields = ["id", "subject", "start", "end", "isCancelled", "location"];

    private readonly GraphServiceClient graph;
    private readonly GraphCalendarOptions options;

    public GraphCalendarReader(TokenCredential credential, GraphCalendarOptions options)
    {
        this.options = options;
        graph = GraphClients.Build(credential, options.BaseUrl, options.Timeout, followRedirects: false);
    }

    public async Task<IReadOnlyList<CalendarEvent>> EventsAsync(string groupId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var events = new List<CalendarEvent>();
        var retry = new RetryHandlerOption { MaxRetry = options.MaxRetries };
        var page = options.Route == "users"
            ? await graph.Users[groupId].CalendarView.GetAsync(c =>
            {
                c.QueryParameters.StartDateTime = Iso(from);
                c.QueryParameters.EndDateTime = Iso(to);
                c.QueryParameters.Select = Fields;
                c.QueryParameters.Top = 50;
                c.Headers.Add("Prefer", "outlook.timezone=\"UTC\"");
                c.Options.Add(retry);
            }, cancellationToken)
            : await graph.Groups[groupId].CalendarView.GetAsync(c =>
            {
                c.QueryParameters.StartDateTime = Iso(from);
                c.QueryParameters.EndDateTime = Iso(to);
                c.QueryParameters.Select = Fields;
                c.QueryParameters.Top = 50;
                c.Headers.Add("Prefer", "outlook.timezone=\"UTC\"");
                c.Options.Add(retry);
            }, cancellationToken);
        while (page is not null)
        {
            events.AddRange((page.Value ?? []).Select(ToEvent).OfType<CalendarEvent>());
            if (page.OdataNextLink is not { } next) break;
            // The nextLink carries the original query (dates, $select, $skip) and is followed as given: WithUrl replaces the
            // whole address, so which builder it hangs from does not matter.
            page = await graph.Groups[groupId].CalendarView.WithUrl(next).GetAsync(c =>
            {
                c.Headers.Add("Prefer", "outlook.timezone=\"UTC\"");
                c.Options.Add(retry);
            }, cancellationToken);
        }
        return events;
    }

    private static string Iso(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static CalendarEvent? ToEvent(Event e)
    {
        if (e.Id is null || e.Start?.DateTime is not { } start) return null;
        return new CalendarEvent(e.Id, e.Subject, StartOf(start, e.Start.TimeZone), e.IsCancelled == true, e.Location?.DisplayName);
    }

    /// <summary>Graph writes a local time and a zone name ("UTC", or a Windows or IANA zone when Prefer was not honoured).</summary>
    internal static DateTimeOffset StartOf(string dateTime, string? timeZone)
    {
        var local = DateTime.Parse(dateTime, CultureInfo.InvariantCulture, DateTimeStyles.None);
        var zone = string.IsNullOrEmpty(timeZone) || timeZone == "UTC" ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
