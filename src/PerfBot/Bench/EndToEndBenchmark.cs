using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PerfBot.Store;

namespace PerfBot.Bench;

/// <summary>
/// Questions through the real host: a `perfbot serve` process on loopback, each reply timed from POST /api/messages
/// until it reaches a loopback Bot Connector; the serve process's peak memory is read from /proc. Teams lets an app send 50 messages a second per tenant, and PerfBot paces itself to that; so that the
/// figure measures PerfBot rather than that limit, the questions come from <see cref="Tenants"/> tenants.
/// </summary>
public static class EndToEndBenchmark
{
    public const int Tenants = 32;

    public sealed record Result(int Questions, int Concurrency, double Seconds, double QuestionsPerSecond, Measure.Latency Latency, int RepliesReceived, double ServePeakRssMb);

    public static async Task<Result> RunAsync(Database store, IReadOnlyList<string> questions, int concurrency)
    {
        var pending = new ConcurrentDictionary<string, (long Sent, TaskCompletionSource<double> Done)>();
        await using var connector = await StartConnectorAsync(pending);
        var connectorUrl = connector.Urls.First();
        var port = FreePort();
        using var serve = StartServe(store, port);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        await WaitUntilReadyAsync(client, serve);

        // A few questions first, so the JIT and the store's caches are warm before the clock starts.
        for (var i = 0; i < Math.Min(20, questions.Count); i++) await AskAsync(client, connectorUrl, pending, $"warm-{i}", questions[i]);

        var latencies = new ConcurrentBag<double>();
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < questions.Count)
                latencies.Add(await AskAsync(client, connectorUrl, pending, $"q-{i}", questions[i]));
        }));
        watch.Stop();
        var rss = Measure.PeakRssMb(serve.Id);
        serve.Kill(entireProcessTree: true);
        var times = latencies.ToList();
        return new Result(questions.Count, concurrency, Math.Round(watch.Elapsed.TotalSeconds, 2),
            Math.Round(questions.Count / watch.Elapsed.TotalSeconds), Measure.Latencies(times), times.Count, rss);
    }

    /// <summary>This same executable, as `perfbot serve` on the benchmark's store.</summary>
    private static Process StartServe(Database store, int port)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(typeof(EndToEndBenchmark).Assembly.Location);
        foreach (var arg in new[] { "--db", store.Path, "serve", "--urls", $"http://127.0.0.1:{port}", "--Logging:LogLevel:Default=Warning",
                     $"--Charts:BaseUrl=http://127.0.0.1:{port}" })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilReadyAsync(HttpClient client, Process serve)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (serve.HasExited) throw new InvalidOperationException($"perfbot serve exited with {serve.ExitCode}");
            try
            {
                if ((await client.GetAsync("/readyz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("perfbot serve did not become ready in 60 s");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<double> AskAsync(HttpClient client, string connectorUrl, ConcurrentDictionary<string, (long, TaskCompletionSource<double>)> pending, string id, string text)
    {
        var tenant = $"tenant-{Math.Abs(id.GetHashCode()) % Tenants}";
        var done = new TaskCompletionSource<double>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = (Stopwatch.GetTimestamp(), done);
        var activity = new JsonObject
        {
            ["type"] = "message", ["id"] = id, ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = $"{connectorUrl}/{tenant}/", ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = $"29:{id}", ["name"] = "Benchmark member", ["aadObjectId"] = $"aad-{id}" },
            ["recipient"] = new JsonObject { ["id"] = "28:perfbot-bench", ["name"] = "PerfBot" },
            ["conversation"] = new JsonObject { ["id"] = $"a:{id}", ["conversationType"] = "personal", ["tenantId"] = tenant },
            ["text"] = text, ["textFormat"] = "plain", ["locale"] = "en-GB",
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
        };
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        return await done.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>A Bot Connector on loopback: answers every send as the real one does and times the reply to its question.</summary>
    private static async Task<WebApplication> StartConnectorAsync(ConcurrentDictionary<string, (long Sent, TaskCompletionSource<double> Done)> pending)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var ids = 0;
        app.MapPost("/{tenant}/v3/conversations/{conversation}/activities/{replyTo}", (string replyTo, JsonObject _) =>
        {
            if (pending.TryRemove(replyTo, out var question))
                question.Done.TrySetResult(Stopwatch.GetElapsedTime(question.Sent).TotalMilliseconds);
            return Results.Json(new { id = $"reply-{Interlocked.Increment(ref ids)}" }, statusCode: 201);
        });
        app.MapPost("/{tenant}/v3/conversations/{conversation}/activities", () => Results.Json(new { id = $"activity-{Interlocked.Increment(ref ids)}" }, statusCode: 201));
        await app.StartAsync();
        return app;
    }
}
