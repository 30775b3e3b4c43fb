using System.Text.Json.Nodes;
using PerfBot.TeamsApp;

namespace PerfBot.Tests.TeamsApp;

public class ManifestTemplateTests
{
    [Fact]
    public void Quotes_in_a_publisher_name_stay_inside_the_string()
    {
        var filled = ManifestTemplate.Fill("""{ "developer": { "name": "{{PUBLISHER}}" } }""", ManifestTests.Example with { Publisher = "The \"Borough\" Council" });

        Assert.Equal("The \"Borough\" Council", JsonNode.Parse(filled)!["developer"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Without_a_host_validDomains_is_left_empty_rather_than_holding_a_blank_domain()
    {
        var filled = ManifestTemplate.Fill("""{ "validDomains": ["{{HOST}}"] }""", ManifestTests.Example with { Host = null });

        Assert.Empty(JsonNode.Parse(filled)!["validDomains"]!.AsArray());
    }

    [Fact]
    public void A_placeholder_nothing_fills_is_an_error_not_a_broken_package()
    {
        var error = Assert.Throws<InvalidDataException>(() => ManifestTemplate.Fill("""{ "name": "{{COUNCIL}}" }""", ManifestTests.Example));

        Assert.Contains("{{COUNCIL}}", error.Message, StringComparison.Ordinal);
    }
}
