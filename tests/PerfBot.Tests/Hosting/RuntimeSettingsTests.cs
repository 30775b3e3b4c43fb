using System.Text.Json.Nodes;

namespace PerfBot.Tests.Hosting;

/// <summary>
/// The runtime settings `perfbot serve`'s memory is measured with travel in perfbot.runtimeconfig.json, which
/// `dotnet publish` ships beside perfbot.dll: a deployment runs with what the benchmark measured.
/// </summary>
public class RuntimeSettingsTests
{
    private static JsonNode Settings() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "perfbot.runtimeconfig.json")))!["runtimeOptions"]!["configProperties"]!;

    [Fact]
    public void The_built_app_runs_workstation_gc_with_one_megabyte_regions()
    {
        var settings = Settings();
        Assert.False(settings["System.GC.Server"]!.GetValue<bool>());
        Assert.Equal(1024 * 1024, settings["System.GC.RegionSize"]!.GetValue<int>());
    }
}
