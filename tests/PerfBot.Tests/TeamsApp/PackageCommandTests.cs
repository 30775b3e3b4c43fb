using System.IO.Compression;
using System.Text.Json.Nodes;
using System.CommandLine;
using PerfBot.Cli;

namespace PerfBot.Tests.TeamsApp;

public class PackageCommandTests
{
    private const string AppId = "6f1f3a52-7c1e-4b8a-9d55-0d6a2f0e9c11";
    private readonly string _directory = Directory.CreateTempSubdirectory("perfbot-package").FullName;

    private readonly StringWriter _errors = new();

    private async Task<(int ExitCode, string Zip)> Package(params string[] options)
    {
        var zip = Path.Combine(_directory, "out", "perfbot.zip");
        return (await Invoke(["package", "--out", zip, .. options]), zip);
    }

    // Captured, so a refused value's help text stays out of the test log and can be checked.
    private Task<int> Invoke(string[] args) =>
        PerfBotCommand.Build().Parse(args).InvokeAsync(new InvocationConfiguration { Output = new StringWriter(), Error = _errors });

    private string Extract(string zip)
    {
        var folder = Path.Combine(_directory, "unzipped");
        ZipFile.ExtractToDirectory(zip, folder);
        return folder;
    }

    [Fact]
    public async Task Package_unzips_to_the_manifest_and_the_two_icons_and_the_manifest_validates()
    {
        var (exitCode, zip) = await Package("--app-id", AppId, "--host", "perfbot.example.gov.uk");
        Assert.Equal(0, exitCode);

        var folder = Extract(zip);

        Assert.Equal(["color.png", "manifest.json", "outline.png"], Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        var outcome = ManifestValidator.Validate(Path.Combine(folder, "manifest.json"));
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
    }

    [Fact]
    public async Task Package_fills_the_ids_host_and_version()
    {
        var botId = "0c2b7d4e-1111-4a2b-8c3d-5e6f7a8b9c0d";
        var (_, zip) = await Package("--app-id", AppId, "--bot-id", botId, "--host", "perfbot.example.gov.uk", "--app-version", "2.3.4", "--privacy-url", "https://www.example.gov.uk/privacy");

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Extract(zip), "manifest.json")))!;

        Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(botId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal("2.3.4", manifest["version"]!.GetValue<string>());
        Assert.Equal(["perfbot.example.gov.uk"], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("https://perfbot.example.gov.uk/", manifest["developer"]!["websiteUrl"]!.GetValue<string>());
        Assert.Equal("https://www.example.gov.uk/privacy", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task Package_with_only_an_app_id_uses_it_as_the_bot_id_and_still_validates()
    {
        var (exitCode, zip) = await Package("--app-id", AppId);
        Assert.Equal(0, exitCode);
        var folder = Extract(zip);

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!;

        Assert.Equal(AppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        var outcome = ManifestValidator.Validate(Path.Combine(folder, "manifest.json"));
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
    }

    [Fact]
    public async Task Icons_in_the_package_are_the_committed_ones()
    {
        var (_, zip) = await Package("--app-id", AppId);
        var folder = Extract(zip);

        Assert.All(["color.png", "outline.png"], icon =>
            Assert.Equal(File.ReadAllBytes(RepoTools.PathOf($"manifest/{icon}")), File.ReadAllBytes(Path.Combine(folder, icon))));
    }

    [Theory]
    [InlineData("--app-id", "not-a-guid")]
    [InlineData("--host", "https://perfbot.example.gov.uk/")]
    [InlineData("--app-version", "1.2")]
    [InlineData("--privacy-url", "http://www.example.gov.uk/privacy")]
    [InlineData("--publisher", "The Royal Borough of Somewhere Rather Long")]
    public async Task Package_refuses_values_Teams_would_reject(string option, string value)
    {
        var options = option == "--app-id" ? new[] { option, value } : ["--app-id", AppId, option, value];

        var (exitCode, zip) = await Package(options);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(option, _errors.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public async Task Package_reports_an_unwritable_output_instead_of_crashing()
    {
        var blocker = Path.Combine(_directory, "a-file");
        File.WriteAllText(blocker, "");

        var exitCode = await Invoke(["package", "--app-id", AppId, "--out", Path.Combine(blocker, "app.zip")]);

        Assert.Equal(1, exitCode);
        Assert.Contains("Could not write", _errors.ToString(), StringComparison.Ordinal);
    }
}
