using System.Diagnostics;
using PerfBot.Store;

namespace PerfBot.Bench;

/// <summary>This same executable as a `perfbot serve` process on the benchmark's store, on a loopback port of its own.</summary>
public sealed class BenchServe : IDisposable
{
    private readonly Process _process;

    /// <summary>
    /// What infra/modules/app.bicep puts in the deployed bot's environment that only an environment can give a process
    /// as it starts: glibc's malloc arena limit, and the JIT settings that give `perfbot serve` optimised code from its
    /// first question (docs/deploy.md says why each is there). The benchmark's serve starts with the same.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> DeployedEnvironment = new Dictionary<string, string>
    {
        ["MALLOC_ARENA_MAX"] = "2",
        ["DOTNET_TieredCompilation"] = "0",
        ["DOTNET_ReadyToRun"] = "0",
    };

    public HttpClient Client { get; }
    public int ProcessId => _process.Id;

    private BenchServe(Process process, int port)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <param name="settings">More configuration, as "--Key=value".</param>
    public static async Task<BenchServe> StartAsync(Database store, IEnumerable<string>? settings = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(typeof(BenchServe).Assembly.Location);
        // Through the environment, as a deployment gives it: a PostgreSQL address carries a password.
        start.Environment["PERFBOT_DB"] = store.Engine == StoreEngine.Sqlite ? store.Path : store.ConnectionString;
        // As infra/ deploys it: glibc and the runtime read these only from the environment a process starts with.
        foreach (var (name, value) in DeployedEnvironment) start.Environment[name] = value;
        foreach (var arg in new[] { "serve", "--urls", $"http://127.0.0.1:{port}", "--Logging:LogLevel:Default=Warning", $"--PublicBaseUrl=http://127.0.0.1:{port}" }
                     .Concat(settings ?? []))
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        var serve = new BenchServe(process, port);
        process.OutputDataReceived += (_, e) => serve.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => serve.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await serve.WaitUntilReadyAsync();
        }
        catch
        {
            serve.Dispose();
            throw;
        }
        return serve;
    }

    private async Task WaitUntilReadyAsync()
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"perfbot serve exited with {_process.ExitCode}");
            try
            {
                if ((await Client.GetAsync("/readyz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("perfbot serve did not become ready in 60 s");
    }

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _errors = new();

    /// <summary>The last errors the process logged, to say why a request failed.</summary>
    public string RecentErrors => string.Join(Environment.NewLine, _errors);

    private void Keep(string? line)
    {
        if (line is null || !(line.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal) || line.Contains("\"LogLevel\":\"Critical\"", StringComparison.Ordinal))) return;
        _errors.Enqueue(line.Length > 4000 ? line[..4000] : line);
        while (_errors.Count > 10) _errors.TryDequeue(out _);
    }

    public double CpuMs() => Measure.CpuMs(_process.Id);

    public double PeakRssMb() => Measure.PeakRssMb(_process.Id);

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
        Client.Dispose();
    }
}
