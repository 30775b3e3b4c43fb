using PerfBot.Tests.Support;
using System.Diagnostics;
using System.Text.Json;

namespace PerfBot.Tests.Cli;

/// <summary>The perfbot executable run as a real process, as a council officer would.</summary>
public class CliProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("perfbot-cli-").FullName;
    private string Db => Path.Combine(_folder, "store", "perfbot.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void First_run_creates_the_store_with_the_demo_data_and_lists_exceptions_as_json()
    {
        var (exit, output, error) = ChildProcess.Perfbot("--db", Db, "indicators", "--committee", "people and health", "--json");

        Assert.Equal(0, exit);
        Assert.Contains("loaded the demo data", error);
        Assert.True(File.Exists(Db));
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(43, rows.Count);
        var lac = rows.Single(r => r.GetProperty("code").GetString() == "lac-placed-out-of-area");
        Assert.Equal("Children's Services", lac.GetProperty("service_area").GetString());
        var latest = lac.GetProperty("latest");
        Assert.Equal("Oct-25", latest.GetProperty("period").GetString());
        Assert.Equal(44.71, latest.GetProperty("value").GetDouble());
        Assert.Equal("Red", latest.GetProperty("rag").GetString());
        Assert.Equal("Improving", latest.GetProperty("direction").GetString());
        Assert.True(latest.GetProperty("stale").GetBoolean());
    }

    [Fact]
    public void A_refused_import_exits_non_zero_and_names_file_row_and_column()
    {
        var file = Path.Combine(_folder, "bad.csv");
        File.WriteAllText(file, "indicator,period,value\nFoster carers,Oct-20,lots\n");

        var (exit, _, error) = ChildProcess.Perfbot("--db", Db, "import", file);

        Assert.NotEqual(0, exit);
        Assert.Contains("bad.csv: row 2, column C (value): 'lots' is not a number", error);
        Assert.Contains("nothing was written", error);
    }

    [Fact]
    public void Import_then_show_the_indicator_with_its_history()
    {
        var file = Path.Combine(_folder, "fostering.csv");
        File.WriteAllText(file, "indicator,period,value,target,polarity,source\nFoster carers approved,Q1 2025/26,12,15,higher,Fostering panel minutes\nFoster carers approved,Q2 2025/26,16,15,higher,Fostering panel minutes\n");

        Assert.Equal(0, ChildProcess.Perfbot("--db", Db, "import", file).ExitCode);
        var (exit, output, _) = ChildProcess.Perfbot("--db", Db, "show", "foster carers approved", "--json");

        Assert.Equal(0, exit);
        var details = JsonDocument.Parse(output).RootElement;
        var history = details.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["Q1 2025/26", "Q2 2025/26"], history.Select(h => h.GetProperty("period").GetString()));
        Assert.Equal("Red", history[0].GetProperty("computed_rag").GetString());
        Assert.Equal("Green", history[1].GetProperty("computed_rag").GetString());
        Assert.Equal("Improving", history[1].GetProperty("computed_direction").GetString());
        Assert.Equal("Fostering panel minutes", history[1].GetProperty("source").GetString());
    }
}
