using System.Text.Json.Nodes;
using PerfBot.TeamsApp;

namespace PerfBot.Tests.TeamsApp;

public class ManifestTests
{
    public static readonly AppPackageSettings Example = new(
        AppId: Guid.Parse("6f1f3a52-7c1e-4b8a-9d55-0d6a2f0e9c11"),
        BotId: Guid.Parse("0c2b7d4e-1111-4a2b-8c3d-5e6f7a8b9c0d"),
        Host: "perfbot.example.gov.uk",
        Version: "1.4.2",
        Publisher: "Example Borough Council",
        WebsiteUrl: new Uri("https://www.example.gov.uk/perfbot"),
        PrivacyUrl: new Uri("https://www.example.gov.uk/privacy"),
        TermsUrl: new Uri("https://www.example.gov.uk/terms"));

    private static JsonNode Committed => JsonNode.Parse(File.ReadAllText(RepoTools.PathOf("manifest/manifest.json")))!;

    [Fact]
    public void Committed_manifest_filled_with_example_values_validates_against_the_shipped_schema()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("perfbot-manifest").FullName, "manifest.json");
        File.WriteAllText(path, ManifestTemplate.Fill(File.ReadAllText(RepoTools.PathOf("manifest/manifest.json")), Example));

        var outcome = ManifestValidator.Validate(path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
    }

    [Fact]
    public void Validator_rejects_a_manifest_that_breaks_the_schema()
    {
        var broken = JsonNode.Parse(ManifestTemplate.Fill(File.ReadAllText(RepoTools.PathOf("manifest/manifest.json")), Example))!;
        broken["description"]!["short"] = new string('x', 81);
        var path = Path.Combine(Directory.CreateTempSubdirectory("perfbot-manifest").FullName, "manifest.json");
        File.WriteAllText(path, broken.ToJsonString());

        var outcome = ManifestValidator.Validate(path);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("/description/short", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_uses_the_newest_schema_version_the_validator_package_ships()
    {
        var newest = ManifestValidator.NewestSchemaVersion();

        Assert.Equal(newest, Committed["manifestVersion"]!.GetValue<string>());
        Assert.Contains($"/v{newest}/", Committed["$schema"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_bot_takes_files_in_personal_chats_so_officers_can_send_their_exports()
    {
        Assert.True(Committed["bots"]![0]!["supportsFiles"]!.GetValue<bool>());
    }

    [Fact]
    public void Bot_is_offered_in_personal_chat_teams_and_group_chats()
    {
        var scopes = Committed["bots"]![0]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>());

        Assert.Equal(["personal", "team", "groupChat"], scopes);
    }

    [Theory]
    [InlineData("personal", new[] { "help", "brief", "alerts", "what's red", "commentary for", "sync now" })]
    [InlineData("team", new[] { "help", "link committee", "digest", "brief", "alerts" })]
    [InlineData("groupChat", new[] { "help", "brief" })]
    public void Each_scope_lists_the_commands_people_there_use(string scope, string[] expected)
    {
        var titles = Committed["bots"]![0]!["commandLists"]!.AsArray()
            .Single(list => list!["scopes"]!.AsArray().Any(s => s!.GetValue<string>() == scope))!["commands"]!.AsArray()
            .Select(command => command!["title"]!.GetValue<string>());

        Assert.All(expected, title => Assert.Contains(title, titles));
        // A committee's digest is given only in its own channel: no other scope offers it.
        if (scope != "team") Assert.DoesNotContain("digest", titles);
    }

    [Fact]
    public void Committed_manifest_keeps_placeholders_for_what_differs_per_council()
    {
        var text = File.ReadAllText(RepoTools.PathOf("manifest/manifest.json"));

        Assert.All(["{{APP_ID}}", "{{BOT_ID}}", "{{HOST}}", "{{VERSION}}"], placeholder => Assert.Contains(placeholder, text, StringComparison.Ordinal));
    }
}
