using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PerfBot.Tests.Calendar;

/// <summary>
/// A stand-in for Microsoft Graph on loopback (Kestrel), answering GET /v1.0/groups/{id}/calendarView with the JSON
/// shapes of Graph's documentation ("List group calendarView": value, @odata.nextLink; error bodies with code and
/// message), and the drive items (/v1.0/drives/…) and group members (/v1.0/groups/{id}/transitiveMembers/…) the
/// officers' features read. Each test scripts the answers; every request is recorded.
/// </summary>
internal sealed class LoopbackGraph : IAsyncDisposable
{
    public delegate Task<IResult> Answer(HttpRequest request, int call);

    private readonly WebApplication app;
    private int calls;

    public ConcurrentQueue<(string PathAndQuery, string? Authorization, string? Prefer)> Requests { get; } = new();

    public Answer Respond { get; set; } = (_, _) => Task.FromResult(Results.Json(new { value = Array.Empty<object>() }));

    private LoopbackGraph(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<LoopbackGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var graph = new LoopbackGraph(app);
        Task<IResult> Scripted(HttpRequest request)
        {
            graph.Requests.Enqueue((request.Path + request.QueryString, request.Headers.Authorization, request.Headers["Prefer"]));
            if (request.Headers.Authorization != "Bearer loopback-token")
                return Task.FromResult(Error(401, "InvalidAuthenticationToken", "Access token is empty."));
            return graph.Respond(request, Interlocked.Increment(ref graph.calls));
        }
        app.MapGet("/v1.0/groups/{id}/calendarView", Scripted);
        app.MapGet("/v1.0/users/{id}/calendarView", Scripted);
        app.MapGet("/v1.0/drives/{**rest}", Scripted);
        app.MapGet("/v1.0/groups/{id}/transitiveMembers/{**rest}", Scripted);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        graph.BaseUrl = new Uri(address.TrimEnd('/') + "/v1.0");
        return graph;
    }

    /// <summary>Graph's error shape: {"error": {"code", "message", "innerError": {...}}}.</summary>
    public static IResult Error(int status, string code, string message, int? retryAfterSeconds = null) =>
        new ErrorResult(status, code, message, retryAfterSeconds);

    private sealed class ErrorResult(int status, string code, string message, int? retryAfter) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = status;
            if (retryAfter is { } seconds) http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return http.Response.WriteAsJsonAsync(new
            {
                error = new { code, message, innerError = new { date = "2026-01-05T08:00:00", requestId = Guid.NewGuid().ToString(), clientRequestId = Guid.NewGuid().ToString() } },
            });
        }
    }

    /// <summary>A file as Graph describes a driveItem (GET /drives/{drive}/items/{item}).</summary>
    public static object DriveItem(string id, string name, string version, long size) => new Dictionary<string, object?>
    {
        ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#drives('b%21drive')/items/$entity",
        ["id"] = id,
        ["name"] = name,
        ["eTag"] = $"\"{{1150D938-8870-4044-9F2C-5BBDEBA70C9D}},{version}\"",
        ["cTag"] = $"\"c:{{1150D938-8870-4044-9F2C-5BBDEBA70C9D}},{version}\"",
        ["size"] = size,
        ["lastModifiedDateTime"] = "2026-02-09T17:12:40Z",
        ["file"] = new { mimeType = "text/csv", hashes = new { quickXorHash = "AAAAAAAAAAAAAAAAAAAAAAAAAAA=" } },
    };

    /// <summary>An event as Graph writes it with Prefer: outlook.timezone="UTC".</summary>
    public static object Event(string id, string subject, string startUtc, bool cancelled = false) => new Dictionary<string, object?>
    {
        ["@odata.etag"] = "W/\"xPZF2y46pEiVBni87OnrpgAAFq78Xw==\"",
        ["id"] = id,
        ["subject"] = subject,
        ["isCancelled"] = cancelled,
        ["start"] = new { dateTime = startUtc + ".0000000", timeZone = "UTC" },
        ["end"] = new { dateTime = startUtc + ".0000000", timeZone = "UTC" },
        ["location"] = new { displayName = "Council Chamber, County Hall, Dorchester" },
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
