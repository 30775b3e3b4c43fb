using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PerfBot.Store;

namespace PerfBot.Bench;

/// <summary>
/// Questions through the real host: a `perfbot serve` process on loopback, each reply timed from POST /api/messages
/// until it reaches a loopback Bot Connector; the serve process's peak memory and CPU time are read from /proc. The
/// questions come from <see cref="Members"/> members, each asking in their own 1:1 chat, in turn: Teams lets an app send
/// 50 messages a second per tenant and a few a second per conversation, and PerfBot paces itself to both, so the members
/// are spread over <see cref="Tenants"/> tenants for the figure to measure PerfBot rather than those limits.
/// </summary>
public static class EndToEndBenchmark
{
    public const int Tenants = 32;
    public const int Members = 640;

    /// <param name="ServeCpuMsPerQuestion">CPU time `perfbot serve` spent per question (user + system, from /proc): what a question costs PerfBot, whatever else the machine is doing.</param>
    /// <param name="ClientCpuMsPerQuestion">CPU time this process spent per question as the members' client and the loopback connector, on the same cores.</param>
    /// <param name="FirstPassQuestionsPerSecond">The warm-up set, asked the same way straight after start: code not yet optimised by the JIT.</param>
    public sealed record Result(int Questions, int Concurrency, double Seconds, double QuestionsPerSecond, Measure.Latency Latency, int RepliesReceived, double ServePeakRssMb,
        double ServeCpuMsPerQuestion, double ClientCpuMsPerQuestion, double FirstPassQuestionsPerSecond);

    public static async Task<Result> RunAsync(Database store, IReadOnlyList<string> warmUp, IReadOnlyList<string> questions, int concurrency)
    {
        var pending = new ConcurrentDictionary<string, (long Sent, TaskCompletionSource<double> Done)>();
        await using var connector = await StartConnectorAsync(pending);
        var connectorUrl = connector.Urls.First();
        var port = FreePort();
        using var serve = StartServe(store, port);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        await WaitUntilReadyAsync(client, serve);

        // The warm-up set first, the same way: the JIT optimises the hot code and the store's pages are cached.
        var first = Stopwatch.StartNew();
        await AskAllAsync(client, connectorUrl, pending, "warm", warmUp, concurrency, new ConcurrentBag<double>());
        var firstPass = warmUp.Count / first.Elapsed.TotalSeconds;

        var latencies = new ConcurrentBag<double>();
        var serveCpuBefore = Measure.CpuMs(serve.Id);
        var clientCpuBefore = Measure.CpuMs();
        var watch = Stopwatch.StartNew();
        await AskAllAsync(client, connectorUrl, pending, "q", questions, concurrency, latencies);
        watch.Stop();
        var serveCpu = Measure.CpuMs(serve.Id) - serveCpuBefore;
        var clientCpu = Measure.CpuMs() - clientCpuBefore;
        var rss = Measure.PeakRssMb(serve.Id);
        serve.Kill(entireProcessTree: true);
        var times = latencies.ToList();
        return new Result(questions.Count, concurrency, Math.Round(watch.Elapsed.TotalSeconds, 2),
            Math.Round(questions.Count / watch.Elapsed.TotalSeconds), Measure.Latencies(times), times.Count, rss,
            Math.Round(serveCpu / questions.Count, 3), Math.Round(clientCpu / questions.Count, 3), Math.Round(firstPass));
    }

    private static Task AskAllAsync(HttpClient client, string connectorUrl, ConcurrentDictionary<string, (long, TaskCompletionSource<double>)> pending,
        string prefix, IReadOnlyList<string> questions, int concurrency, ConcurrentBag<double> latencies)
    {
        var next = -1;
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < questions.Count)
                latencies.Add(await AskAsync(client, connectorUrl, pending, $"{prefix}-{i}", i, questions[i]));
        }));
    }

    /// <summary>This same executable, as `perfbot serve` on the benchmark's store.</summary>
    private static Process StartServe(Database store, int port)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(typeof(EndToEndBenchmark).Assembly.Location);
        // Through the environment, as a deployment gives it: a PostgreSQL address carries a password.
        start.Environment["PERFBOT_DB"] = store.Engine == StoreEngine.Sqlite ? store.Path : store.ConnectionString;
        foreach (var arg in new[] { "serve", "--urls", $"http://127.0.0.1:{port}", "--Logging:LogLevel:Default=Warning",
                     $"--PublicBaseUrl=http://127.0.0.1:{port}" })
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

    private static async Task<double> AskAsync(HttpClient client, string connectorUrl, ConcurrentDictionary<string, (long, TaskCompletionSource<double>)> pending,
        string id, int number, string text)
    {
        var member = number % Members;
        var tenant = $"tenant-{member % Tenants}";
        var done = new TaskCompletionSource<double>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = (Stopwatch.GetTimestamp(), done);
        var activity = new JsonObject
        {
            ["type"] = "message", ["id"] = id, ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = $"{connectorUrl}/{tenant}/", ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = $"29:member-{member}", ["name"] = "Benchmark member", ["aadObjectId"] = $"aad-member-{member}" },
            ["recipient"] = new JsonObject { ["id"] = "28:perfbot-bench", ["name"] = "PerfBot" },
            ["conversation"] = new JsonObject { ["id"] = $"a:member-{member}", ["conversationType"] = "personal", ["tenantId"] = tenant },
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
