using PerfBot.Tests.Support;
using System.Text.Json.Nodes;

namespace PerfBot.Tests.Infra;

/// <summary>Builds and lints infra/ with the real Bicep CLI; a warning fails as surely as an error.</summary>
public class BicepTests
{
    private const string Bicep = ".tools/bicep/bicep";

    private static ProcessOutcome RunBicep(params string[] arguments) =>
        ChildProcess.Run(RepoTools.Require(Bicep), arguments, RepoTools.PathOf("infra"));

    private static void AssertClean(ProcessOutcome outcome)
    {
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.DoesNotContain(": Warning ", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(": Error ", outcome.Error, StringComparison.Ordinal);
    }

    // One build serves every test that reads the compiled template; each run of the CLI costs seconds.
    private static readonly Lazy<ProcessOutcome> MainBuild = new(() => RunBicep("build", "main.bicep", "--stdout"));

    [Fact]
    public void Main_template_builds_without_warnings()
    {
        AssertClean(MainBuild.Value);
        Assert.NotNull(JsonNode.Parse(MainBuild.Value.Output)?["resources"]);
    }

    [Fact]
    public void Main_template_passes_the_linter()
    {
        AssertClean(RunBicep("lint", "main.bicep"));
    }

    [Fact]
    public void Example_parameters_file_builds_against_the_template()
    {
        AssertClean(RunBicep("build-params", "main.bicepparam", "--stdout"));
    }

    [Fact]
    public void Lint_fails_on_a_template_that_breaks_a_rule()
    {
        var folder = Directory.CreateTempSubdirectory("perfbot-bicep").FullName;
        File.Copy(RepoTools.PathOf("infra/bicepconfig.json"), Path.Combine(folder, "bicepconfig.json"));
        File.WriteAllText(Path.Combine(folder, "bad.bicep"), "param adminPassword string\noutput echoed string = adminPassword\n");

        var outcome = ChildProcess.Run(RepoTools.Require(Bicep), ["lint", "bad.bicep"], folder);

        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("secure-secrets-in-params", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_parameter_of_the_main_template_is_described()
    {
        AssertClean(MainBuild.Value);
        var parameters = JsonNode.Parse(MainBuild.Value.Output)!["parameters"]!.AsObject();

        Assert.All(parameters, parameter =>
            Assert.False(string.IsNullOrWhiteSpace(parameter.Value?["metadata"]?["description"]?.GetValue<string>()), $"{parameter.Key} has no @description"));
    }

    [Fact]
    public void Deploy_guide_has_a_row_for_every_parameter()
    {
        AssertClean(MainBuild.Value);
        var guide = File.ReadAllText(RepoTools.PathOf("docs/deploy.md"));

        Assert.All(JsonNode.Parse(MainBuild.Value.Output)!["parameters"]!.AsObject(), parameter =>
            Assert.Contains($"| `{parameter.Key}` |", guide, StringComparison.Ordinal));
    }
}
