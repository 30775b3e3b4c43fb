using System.Diagnostics;
using System.Text.Json;
using PerfBot.Tests.Support;
using Xunit.Abstractions;

namespace PerfBot.Tests.Teams;

/// <summary>
/// A real client: Microsoft 365 Agents Playground (-c msteams) pointed at <c>perfbot serve</c>, driven in Debian's
/// headless Chromium. Bot, Playground and browser run in a network namespace with only loopback up, so nothing leaves the
/// machine. Needs root (CI runs as root) and .ci/prepare.d/20-chromium-playground.sh.
/// </summary>
[Collection(nameof(PlaygroundEndToEndTests))]
public class PlaygroundEndToEndTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Help_a_question_a_card_button_and_a_channel_mention_in_the_playground_are_answered_with_visible_cards()
    {
        var root = TestPaths.RepoRoot;
        var e2e = AdaptiveCardsLibrary.E2eFolder;
        Assert.True(File.Exists("/usr/bin/chromium"), "Debian's chromium is missing: run .ci/prepare.d/20-chromium-playground.sh");
        Assert.True(Directory.Exists(Path.Combine(e2e, "node_modules", "@microsoft", "m365agentsplayground")), "npm packages missing: run .ci/prepare.d/20-chromium-playground.sh");
        var screenshot = Path.Combine(root, "artifacts", "playground.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);
        // The perfbot build this test project references, started as its own process.
        var bot = $"dotnet {Path.Combine(AppContext.BaseDirectory, "perfbot.dll")} serve --urls http://127.0.0.1:3978";

        var run = await ChildProcess.RunAsync("unshare",
            ["--net", "--", "sh", "-c", "ip link set lo up && exec node \"$0\" --bot \"$1\" --screenshot \"$2\"", Path.Combine(e2e, "playground.e2e.mjs"), bot, screenshot],
            e2e, timeout: TimeSpan.FromMinutes(4));
        output.WriteLine(run.Output);
        output.WriteLine(run.Error);

        Assert.True(run.ExitCode == 0, $"the end-to-end run failed ({run.ExitCode}):\n{run.Output}\n{run.Error}");
        var summary = JsonDocument.Parse(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last(l => l.StartsWith('{'))).RootElement;
        Assert.True(summary.GetProperty("ok").GetBoolean());
        Assert.True(summary.GetProperty("cardCount").GetInt32() >= 3);
        // The help card's "When is the next meeting?" button, answered from the demo committee's calendar.
        Assert.Contains("People and Health Scrutiny Committee", summary.GetProperty("buttonAnswer").GetString());
        Assert.Contains("What PerfBot answers", summary.GetProperty("channelReply").GetString()); // @mention stripped in a channel
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot should show the chat");
    }
}

/// <summary>A browser, the Playground and the bot need the machine to themselves: under a parallel test load the Playground's UI missed replies.</summary>
[CollectionDefinition(nameof(PlaygroundEndToEndTests), DisableParallelization = true)]
public sealed class PlaygroundCollection;
