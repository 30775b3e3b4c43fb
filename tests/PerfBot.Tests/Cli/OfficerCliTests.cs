using System.Text.Json;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Cli;

/// <summary>An officer's verbs as real processes: a dry run, an import that corrects a figure, show, audit, and benchmarks from EES.</summary>
public sealed class OfficerCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("perfbot-officer-cli-").FullName;
    private string Db => Path.Combine(_folder, "perfbot.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Corrected = "indicator,period,value\n\"Percentage of Education, Health & Care Plans (EHCPs) issued within 20 weeks\",Q2 2025/26,25.1\n";

    [Fact]
    public async Task A_dry_run_prints_the_correction_old_to_new_and_writes_nothing()
    {
        var file = Write("q2-corrected.csv", Corrected);
        var before = await ChildProcess.PerfbotAsync(["--db", Db, "show", "ehcp-issued-20-weeks", "--json"]);

        var dryRun = await ChildProcess.PerfbotAsync(["--db", Db, "import", file, "--dry-run"]);

        Assert.Equal(0, dryRun.ExitCode);
        Assert.Contains("q2-corrected.csv: 1 row — 1 corrected.", dryRun.Output);
        Assert.Contains("- Percentage of Education, Health & Care Plans (EHCPs) issued within 20 weeks, Q2 2025/26 (row 2): value 22.86% → 25.1%", dryRun.Output);
        Assert.Contains("Dry run: nothing was written.", dryRun.Output);
        Assert.Equal(before.Output, (await ChildProcess.PerfbotAsync(["--db", Db, "show", "ehcp-issued-20-weeks", "--json"])).Output);
    }

    [Fact]
    public async Task An_import_that_corrects_a_figure_is_shown_by_show_and_listed_by_audit()
    {
        var file = Write("q2-corrected.csv", Corrected);

        var import = await ChildProcess.PerfbotAsync(["--db", Db, "import", file]);
        var show = await ChildProcess.PerfbotAsync(["--db", Db, "show", "ehcp-issued-20-weeks"]);
        var audit = await ChildProcess.PerfbotAsync(["--db", Db, "audit", "--json"]);
        var since = await ChildProcess.PerfbotAsync(["--db", Db, "audit", "--since", "2999-01-01"]);

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("corrected: Percentage of Education, Health & Care Plans (EHCPs) issued within 20 weeks, Q2 2025/26: value 22.86% → 25.1%", import.Output);
        Assert.Matches(@"Q2 2025/26 +25\.1%[\s\S]*Corrected on \d{1,2} \w{3} \d{4}, was 22\.86% \(by \S+ from q2-corrected\.csv\)", show.Output);
        var entries = JsonDocument.Parse(audit.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(["import", "correction"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries, e => Assert.Equal("cli", e.GetProperty("route").GetString()));
        Assert.Equal("q2-corrected.csv", entries[0].GetProperty("file_name").GetString());
        Assert.Equal(64, entries[0].GetProperty("file_sha256").GetString()!.Length);
        Assert.Equal("value 22.86% → 25.1%", entries[1].GetProperty("detail").GetString());
        Assert.Equal("Percentage of Education, Health & Care Plans (EHCPs) issued within 20 weeks, Q2 2025/26", entries[1].GetProperty("subject").GetString());
        Assert.Equal("Nothing in the audit trail since 1 January 2999.", since.Output.Trim());
    }

    [Fact]
    public async Task Benchmarks_from_an_explore_education_statistics_file_reach_show()
    {
        var sample = Path.Combine(TestPaths.RepoRoot, "tests", "PerfBot.Tests", "Store", "Ees");
        var environment = new Dictionary<string, string>
        {
            ["Benchmarks__Ees__LocalAuthority"] = "Dorset",
            ["Benchmarks__Ees__Neighbours"] = "Wiltshire, Shropshire, Cornwall, Devon",
        };

        var import = await ChildProcess.PerfbotAsync(["--db", Db, "import", "--kind", "ees", Path.Combine(sample, "ehc-plans-sample.csv"),
            "--mapping", Path.Combine(sample, "ehc-plans-mapping.csv")], environment);
        var show = await ChildProcess.PerfbotAsync(["--db", Db, "show", "ehcp-issued-20-weeks"]);

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("6 benchmark(s), 6 new or changed", import.Output);
        Assert.Contains("Benchmark England 2024: 46.4%", show.Output);
        Assert.Contains("Benchmark Statistical neighbours 2024: 37.15%", show.Output);
        Assert.Contains("Benchmark Region 2024: 35.2%", show.Output);
    }
}
