using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PerfBot.Tests.Support;

/// <summary>
/// A real `perfbot serve` process on a port of its own on loopback, its store given by PERFBOT_DB as a deployment gives
/// it: its log (one JSON object a line, as a service's console writes it) and standard error collected as they come,
/// ready once /readyz answers, and killed with SIGKILL — nothing of it runs after.
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    /// <summary>One entry of the process's log.</summary>
    public sealed record LogLine(string Category, string Level, string Message, DateTimeOffset At);

    private readonly Process _process;
    private readonly ConcurrentQueue<LogLine> _log = new();
    private readonly ConcurrentQueue<string> _errors = new();

    public string Name { get; }
    public HttpClient Http { get; }

    private ServeProcess(string name, Process process, int port)
    {
        Name = name;
        _process = process;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public IReadOnlyList<LogLine> Log => _log.ToList();

    public IReadOnlyList<string> Errors => _errors.ToList();

    public bool HasExited => _process.HasExited;

    /// <param name="settings">Configuration, as ("Schedule:DigestCron", "…").</param>
    /// <param name="environment">More environment variables, e.g. FaultInjection__HoldAt.</param>
    public static async Task<ServeProcess> StartAsync(string name, string storeUrl, IEnumerable<(string Key, string Value)> settings,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        foreach (var argument in new[] { ChildProcess.PerfbotDll, "serve", "--urls", $"http://127.0.0.1:{port}", "--Bot:Retry:BaseDelay=00:00:00.050" })
            start.ArgumentList.Add(argument);
        foreach (var (key, value) in settings) start.ArgumentList.Add($"--{key}={value}");
        start.Environment["PERFBOT_DB"] = storeUrl;
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start perfbot serve.");
        var serve = new ServeProcess(name, process, port);
        process.OutputDataReceived += (_, e) => serve.Read(e.Data);
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) serve._errors.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await serve.WaitUntilReadyAsync();
        }
        catch
        {
            await serve.DisposeAsync();
            throw;
        }
        return serve;
    }

    private void Read(string? line)
    {
        if (line is null || !line.StartsWith('{')) return; // the opener's first-run sentence is plain text
        using var entry = JsonDocument.Parse(line);
        var root = entry.RootElement;
        _log.Enqueue(new LogLine(root.GetProperty("Category").GetString()!, root.GetProperty("LogLevel").GetString()!,
            root.GetProperty("Message").GetString()!, DateTimeOffset.UtcNow));
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"perfbot serve ({Name}) exited with {_process.ExitCode}: {string.Join('\n', Errors)}");
            try
            {
                if ((await Http.GetAsync("readyz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"perfbot serve ({Name}) was not ready within 90 s: {string.Join('\n', Errors)}");
    }

    /// <summary>The first log entry that matches, waiting for it as long as <paramref name="timeout"/>.</summary>
    public Task<LogLine> WaitForLogAsync(Func<LogLine, bool> match, TimeSpan? timeout = null) =>
        WaitForAsync(() => Log.FirstOrDefault(match), $"a matching log entry from {Name}", timeout);

    public Task<string> WaitForErrorAsync(string contains, TimeSpan? timeout = null) =>
        WaitForAsync(() => Errors.FirstOrDefault(e => e.Contains(contains, StringComparison.Ordinal)), $"'{contains}' on {Name}'s standard error", timeout);

    private async Task<T> WaitForAsync<T>(Func<T?> find, string what, TimeSpan? timeout) where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            if (find() is { } found) return found;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"No {what} within {timeout ?? TimeSpan.FromSeconds(60)}. Log:\n{string.Join('\n', Log.Select(l => $"{l.Category}: {l.Message}"))}\n{string.Join('\n', Errors)}");
            await Task.Delay(25);
        }
    }

    public async Task<HttpResponseMessage> PostAsync(JsonNode activity) => await Http.PostAsync("api/messages", JsonContent.Create(activity));

    /// <summary>kill -9: no shutdown, no stopping of the scheduler, leases and check-ins simply cease.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        Http.Dispose();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
