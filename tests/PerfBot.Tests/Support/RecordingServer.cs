using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PerfBot.Tests.Support;

/// <summary>
/// A loopback server that answers every request with an empty JSON object and records it: the place a redirect
/// points to, which must never hear from the bot.
/// </summary>
public sealed class RecordingServer : IAsyncDisposable
{
    private LoopbackServer _server = null!;
    private readonly ConcurrentQueue<string> _requests = new();

    public IReadOnlyList<string> Requests => _requests.ToList();

    public string BaseUrl => _server.BaseUrl;

    public static async Task<RecordingServer> StartAsync(X509Certificate2? httpsCertificate = null)
    {
        var recorder = new RecordingServer();
        recorder._server = await LoopbackServer.StartAsync(app => app.Map("/{**rest}", (HttpContext http) =>
        {
            recorder._requests.Enqueue($"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}");
            return Results.Json(new { });
        }), httpsCertificate);
        return recorder;
    }

    /// <summary>A 307 to the same path here: the method and body are to be sent again, which is what an attacker wants.</summary>
    public IResult RedirectHere(HttpContext http) =>
        Results.Redirect(BaseUrl.TrimEnd('/') + http.Request.Path + http.Request.QueryString, permanent: false, preserveMethod: true);

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
