using System.Text.RegularExpressions;

namespace PerfBot.Tests.Architecture;

/// <summary>
/// Dependencies between src/PerfBot's feature folders run one way: a folder uses only folders listed before it here, the
/// order docs/architecture.md draws. A new folder must be placed in the list, and a use the other way fails this test.
/// </summary>
public sealed partial class FolderDependencyTests
{
    private static readonly string[] Order =
    [
        "Council", "Cards", "Telemetry", "Testing", "TeamsApp", "Graph",
        "Indicators", "Store", "Audit", "Committees", "Links", "Scheduling", "Conversations", "Roles", "Channels", "Charts", "Delivery", "Teams",
        "Questions", "Digests", "Alerts", "Briefings", "Calendar", "Uploads", "Commentary", "Sync",
        "Bench", "Hosting", "Cli",
    ];

    private static string Source => Path.Combine(TestPaths.RepoRoot, "src", "PerfBot");

    [Fact]
    public void Every_folder_of_the_executable_is_in_the_dependency_order()
    {
        var folders = Directory.GetDirectories(Source).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).ToList();
        Assert.Empty(folders.Except(Order));
    }

    [Fact]
    public void Feature_folders_use_only_folders_before_them()
    {
        var wrongWay = new List<string>();
        foreach (var folder in Order.Where(f => Directory.Exists(Path.Combine(Source, f))))
        {
            var rank = Array.IndexOf(Order, folder);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Source, folder), "*.cs", SearchOption.AllDirectories))
                foreach (Match use in Reference().Matches(File.ReadAllText(file)))
                {
                    var used = use.Groups["folder"].Value;
                    if (used != folder && Array.IndexOf(Order, used) is var usedRank && usedRank > rank)
                        wrongWay.Add($"{Path.GetRelativePath(Source, file)} uses {used}");
                }
        }
        Assert.True(wrongWay.Count == 0, string.Join(Environment.NewLine, wrongWay.Distinct()));
    }

    [Fact]
    public void The_check_sees_a_use_the_wrong_way()
    {
        var matches = Reference().Matches("using PerfBot.Digests;\nvar x = new PerfBot.Alerts.AlertStore();").Select(m => m.Groups["folder"].Value);
        Assert.Equal(["Digests", "Alerts"], matches);
    }

    // "using PerfBot.X;", "using PerfBot.X.Y;" and fully qualified "PerfBot.X.Type" alike.
    [GeneratedRegex(@"\bPerfBot\.(?<folder>[A-Z][A-Za-z]+)\b")]
    private static partial Regex Reference();
}
