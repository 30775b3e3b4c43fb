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

    public sealed record RenderedText(string Text, string Html);

    /// <summary>Every TextBlock's and fact's text of each card as a web client turns it into HTML (render-card-text.cjs).</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<RenderedText>>> RenderTextAsync(IReadOnlyList<AdaptiveCard> cards) =>
        JsonSerializer.Deserialize<List<List<RenderedText>>>(await RunAsync("render-card-text.cjs", cards), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    public static async Task<IReadOnlyList<IReadOnlyList<string>>> ProblemsAsync(IReadOnlyList<AdaptiveCard> cards) =>
        JsonSerializer.Deserialize<List<List<string>>>(await RunAsync("validate-cards.cjs", cards))!;

    private static async Task<string> RunAsync(string script, IReadOnlyList<AdaptiveCard> cards)
    {
        if (!Directory.Exists(Path.Combine(E2eFolder, "node_modules", "adaptivecards")) || !Directory.Exists(Path.Combine(E2eFolder, "node_modules", "markdown-it")))
            throw new InvalidOperationException("npm adaptivecards or markdown-it is not installed: run .ci/prepare.d/20-chromium-playground.sh");
        var node = await ChildProcess.RunAsync("node", [script], E2eFolder, input: "[" + string.Join(",", cards.Select(c => c.ToJson())) + "]",
            timeout: TimeSpan.FromSeconds(60));
        if (node.ExitCode != 0) throw new InvalidOperationException($"node failed ({node.ExitCode}): {node.Error}");
        return node.Output;
    }

}
