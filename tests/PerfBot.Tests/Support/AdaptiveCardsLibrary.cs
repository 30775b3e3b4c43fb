using System.Diagnostics;
using System.Text.Json;
using PerfBot.Cards;

namespace PerfBot.Tests.Support;

/// <summary>
/// Runs Microsoft's adaptivecards npm library (installed in tests/e2e by .ci/prepare.d/20-chromium-playground.sh) as a
/// real node process to parse cards the way a client does.
/// </summary>
public static class AdaptiveCardsLibrary
{
    public static string E2eFolder => Path.Combine(RepositoryRoot(), "tests", "e2e");

    public static async Task<IReadOnlyList<IReadOnlyList<string>>> ProblemsAsync(IReadOnlyList<AdaptiveCard> cards)
    {
        if (!Directory.Exists(Path.Combine(E2eFolder, "node_modules", "adaptivecards")))
            throw new InvalidOperationException("npm adaptivecards is not installed: run .ci/prepare.d/20-chromium-playground.sh");
        var start = new ProcessStartInfo("node", "validate-cards.cjs")
        {
            WorkingDirectory = E2eFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        await node.StandardInput.WriteAsync("[" + string.Join(",", cards.Select(c => c.ToJson())) + "]");
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (node.ExitCode != 0) throw new InvalidOperationException($"node failed ({node.ExitCode}): {await errors}");
        return JsonSerializer.Deserialize<List<List<string>>>(await output)!;
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "PerfBot.sln"))) return folder.FullName;
        throw new InvalidOperationException("PerfBot.sln not found above " + AppContext.BaseDirectory);
    }
}
