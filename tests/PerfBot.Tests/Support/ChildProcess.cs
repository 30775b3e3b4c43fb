using System.Diagnostics;

namespace PerfBot.Tests.Support;

/// <summary>What a finished child process said.</summary>
public sealed record ProcessOutcome(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
}

/// <summary>
/// The one way tests run a real program (perfbot itself, node, bicep, LibreOffice, the Playground): output and error
/// read while it runs, a time limit after which the whole process tree is killed, and a missing program named.
/// </summary>
public static class ChildProcess
{
    public static async Task<ProcessOutcome> RunAsync(string fileName, IEnumerable<string> arguments, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null, string? input = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            WorkingDirectory = workingDirectory ?? RepoTools.Root,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // Bicep checks for updates and telemetry only when asked; keep it from reaching for the network anyway. No crash dumps from deliberate crashes.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{fileName} is not installed here: `bash .ci/run` installs what the tests need.", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (input is not null)
            {
                await process.StandardInput.WriteAsync(input);
                process.StandardInput.Close();
            }
            var limit = timeout ?? TimeSpan.FromMinutes(3);
            using var cancel = new CancellationTokenSource(limit);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within {limit}.");
            }
            return new ProcessOutcome(process.ExitCode, await output, await error);
        }
    }

    public static ProcessOutcome Run(string fileName, IEnumerable<string> arguments, string? workingDirectory = null) =>
        RunAsync(fileName, arguments, workingDirectory).GetAwaiter().GetResult();

    /// <summary>The perfbot build this test project references, as its own process.</summary>
    public static Task<ProcessOutcome> PerfbotAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        RunAsync("dotnet", [PerfbotDll, .. arguments], environment: environment, timeout: TimeSpan.FromMinutes(2));

    public static ProcessOutcome Perfbot(params string[] arguments) => PerfbotAsync(arguments).GetAwaiter().GetResult();

    public static string PerfbotDll => Path.Combine(AppContext.BaseDirectory, "perfbot.dll");
}
