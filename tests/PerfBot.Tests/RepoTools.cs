using System.Diagnostics;

namespace PerfBot.Tests;

/// <summary>Finds the repository and runs the real external tools (node, bicep) that .ci/prepare.d installs.</summary>
public static class RepoTools
{
    public const string PrepareScript = ".ci/prepare.d/30-manifest-bicep.sh";

    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>
    /// A missing tool fails the test rather than skipping it: a skipped check in CI would pass an unvalidated manifest.
    /// </summary>
    public static string Require(string relativePath)
    {
        var path = PathOf(relativePath);
        Assert.True(File.Exists(path) || Directory.Exists(path),
            $"{relativePath} is missing. Run `bash {PrepareScript}` (CI runs it from .ci/run){(IsCi ? "" : " and test again")}.");
        return path;
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static ProcessOutcome Run(string fileName, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Root,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // Bicep checks for updates and telemetry only when asked; keep it and node from reaching for the network anyway.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within 3 minutes.");
        }
        return new ProcessOutcome(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "PerfBot.sln")))
                return directory.FullName;
        throw new InvalidOperationException($"No PerfBot.sln above {AppContext.BaseDirectory}.");
    }
}

public sealed record ProcessOutcome(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
}
