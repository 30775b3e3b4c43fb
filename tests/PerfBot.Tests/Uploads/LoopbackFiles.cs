using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Uploads;

/// <summary>
/// A stand-in for the SharePoint download address Teams gives a bot for a file sent in a personal chat: GET
/// /download/{name} answers the file's bytes (pre-authenticated: no credentials expected). Every request is recorded.
/// </summary>
internal sealed class LoopbackFiles : IAsyncDisposable
{
    private LoopbackServer _server = null!;

    public ConcurrentDictionary<string, byte[]> Files { get; } = new();
    public ConcurrentQueue<(string Path, string? Authorization)> Requests { get; } = new();

    /// <summary>Answers instead of the file when set, e.g. a redirect or a slow stream.</summary>
    public Func<HttpContext, Task<bool>>? Intercept { get; set; }

    public static async Task<LoopbackFiles> StartAsync()
    {
        var files = new LoopbackFiles();
        files._server = await LoopbackServer.StartAsync(app => app.MapGet("/{**path}", async (HttpContext http, string path) =>
        {
            files.Requests.Enqueue(("/" + path, http.Request.Headers.Authorization.FirstOrDefault()));
            if (files.Intercept is { } intercept && await intercept(http)) return;
            var name = path.StartsWith("download/", StringComparison.Ordinal) ? Uri.UnescapeDataString(path["download/".Length..]) : null;
            if (name is null || !files.Files.TryGetValue(name, out var bytes))
            {
                http.Response.StatusCode = 404;
                return;
            }
            http.Response.ContentType = "application/octet-stream";
            http.Response.ContentLength = bytes.Length;
            await http.Response.Body.WriteAsync(bytes);
        }));
        return files;
    }

    public string BaseUrl => _server.BaseUrl;

    public string Url(string name) => $"{BaseUrl}download/{Uri.EscapeDataString(name)}";

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
