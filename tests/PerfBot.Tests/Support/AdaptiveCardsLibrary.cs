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
    public static string E2eFolder => Path.Combine(TestPaths.RepoRoot, "tests", "e2e");

    public static async Task<IReadOnlyList<IReadOnlyList<string>>> ProblemsAsync(IReadOnlyList<AdaptiveCard> cards)
    {
        if (!Directory.Exists(Path.Combine(E2eFolder, "node_modules", "adaptivecards")))
            throw new InvalidOperationException("npm adaptivecards is not installed: run .ci/prepare.d/20-chromium-playground.sh");
        var node = await ChildProcess.RunAsync("node", ["validate-cards.cjs"], E2eFolder, input: "[" + string.Join(",", cards.Select(c => c.ToJson())) + "]",
            timeout: TimeSpan.FromSeconds(60));
        if (node.ExitCode != 0) throw new InvalidOperationException($"node failed ({node.ExitCode}): {node.Error}");
        return JsonSerializer.Deserialize<List<List<string>>>(node.Output)!;
    }

}
