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

    [Theory]
    [InlineData("main.bicepparam", "sqlite")]
    [InlineData("main.postgresql.bicepparam", "postgresql")]
    public void Each_example_parameters_file_builds_against_the_template_and_passes_the_linter(string file, string store)
    {
        var built = RunBicep("build-params", file, "--stdout");
        AssertClean(built);
        AssertClean(RunBicep("lint", file));
        var parameters = JsonNode.Parse(JsonNode.Parse(built.Output)!["parametersJson"]!.GetValue<string>())!["parameters"]!;
        Assert.Equal(store, parameters["store"]?["value"]?.GetValue<string>() ?? "sqlite");
    }

    private static IEnumerable<JsonNode> Resources(JsonNode template) => template["resources"] is JsonArray list ? list! : template["resources"]!.AsObject().Select(r => r.Value!);

    private static JsonNode Module(string name) => Resources(JsonNode.Parse(MainBuild.Value.Output)!).Single(r => r["name"]?.GetValue<string>() == name);

    private static JsonNode InnerTemplate(string module) => Module(module)["properties"]!["template"]!;

    [Fact]
    public void The_store_parameter_deploys_either_the_share_or_a_private_postgresql_server_and_scales_the_app_only_with_postgresql()
    {
        AssertClean(MainBuild.Value);
        Assert.Equal("[variables('onSqlite')]", Module("storage")["condition"]?.GetValue<string>());
        Assert.Equal("[variables('onSqlite')]", Module("backup")["condition"]?.GetValue<string>());
        Assert.Equal("[not(variables('onSqlite'))]", Module("postgres")["condition"]?.GetValue<string>());
        Assert.Equal("[not(variables('onSqlite'))]", Module("network")["condition"]?.GetValue<string>());

        var server = Resources(InnerTemplate("postgres")).Single(r => r["type"]!.GetValue<string>() == "Microsoft.DBforPostgreSQL/flexibleServers");
        Assert.Equal("Disabled", server["properties"]!["network"]!["publicNetworkAccess"]!.GetValue<string>());
        Assert.Equal("[parameters('subnetId')]", server["properties"]!["network"]!["delegatedSubnetResourceId"]!.GetValue<string>());
        Assert.Contains(Resources(InnerTemplate("postgres")), r => r["type"]!.GetValue<string>() == "Microsoft.KeyVault/vaults/secrets");

        var app = InnerTemplate("app");
        Assert.Equal("[if(variables('onSqlite'), 1, parameters('instances'))]", app["variables"]!["instanceCount"]!.GetValue<string>());
        var plan = Resources(app).Single(r => r["type"]!.GetValue<string>() == "Microsoft.Web/serverfarms");
        Assert.Equal("[variables('instanceCount')]", plan["sku"]!["capacity"]!.GetValue<string>());
        Assert.Contains("@Microsoft.KeyVault(VaultName={0};SecretName={1})", app["variables"]!["storeSettings"]!.GetValue<string>());
        Assert.Equal("[variables('onSqlite')]", Resources(app).Single(r => r["type"]!.GetValue<string>() == "Microsoft.Web/sites/config")["condition"]!.GetValue<string>());
    }

    [Fact]
    public void Entra_sign_in_turns_password_sign_in_off_names_an_entra_administrator_and_keeps_no_password_for_the_app()
    {
        AssertClean(MainBuild.Value);
        var postgres = Resources(InnerTemplate("postgres")).ToList();
        Assert.Equal("[equals(parameters('authentication'), 'entra')]", InnerTemplate("postgres")["variables"]!["onEntra"]!.GetValue<string>());
        var server = postgres.Single(r => r["type"]!.GetValue<string>() == "Microsoft.DBforPostgreSQL/flexibleServers")["properties"]!;
        Assert.Equal("[if(variables('onEntra'), createObject('passwordAuth', 'Disabled', 'activeDirectoryAuth', 'Enabled', 'tenantId', parameters('tenantId')), createObject('passwordAuth', 'Enabled', 'activeDirectoryAuth', 'Disabled'))]",
            server["authConfig"]!.GetValue<string>());
        Assert.Equal("[if(variables('onEntra'), null(), parameters('administratorLogin'))]", server["administratorLogin"]!.GetValue<string>());
        var administrator = postgres.Single(r => r["type"]!.GetValue<string>() == "Microsoft.DBforPostgreSQL/flexibleServers/administrators");
        Assert.Equal("[variables('onEntra')]", administrator["condition"]!.GetValue<string>());
        Assert.Equal("[parameters('entraAdministratorType')]", administrator["properties"]!["principalType"]!.GetValue<string>());
        Assert.Equal("[not(variables('onEntra'))]", postgres.Single(r => r["type"]!.GetValue<string>() == "Microsoft.KeyVault/vaults/secrets")["condition"]!.GetValue<string>());

        // The app signs in as the role named after its own identity, with PerfBot's Entra setting, and no secret to read.
        var settings = InnerTemplate("app")["variables"]!["storeSettings"]!.GetValue<string>();
        var entraBranch = settings[settings.IndexOf("if(equals(parameters('databaseAuthentication'), 'entra')", StringComparison.Ordinal)..settings.IndexOf("@Microsoft.KeyVault", StringComparison.Ordinal)];
        Assert.Contains("Username={2};SSL Mode=VerifyFull', parameters('databaseHost'), parameters('databaseName'), parameters('databaseRole')", entraBranch);
        Assert.Contains("createObject('name', 'PERFBOT_DB_AUTHENTICATION', 'value', 'entra')", entraBranch);
        Assert.DoesNotContain("Password", entraBranch);
        Assert.Equal("[reference(resourceId('Microsoft.Resources/deployments', 'identity'), '2025-04-01').outputs.name.value]", Module("app")["properties"]!["parameters"]!["databaseRole"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void The_app_is_told_its_public_address_for_the_links_its_cards_carry()
    {
        var site = Resources(InnerTemplate("app")).Single(r => r["type"]!.GetValue<string>() == "Microsoft.Web/sites");
        Assert.Contains("createObject('name', 'PublicBaseUrl', 'value', parameters('publicBaseUrl'))", site["properties"]!["siteConfig"]!["appSettings"]!.GetValue<string>());
        var passed = Module("app")["properties"]!["parameters"]!["publicBaseUrl"]!["value"]!.GetValue<string>();
        Assert.Contains("parameters('customHostName')", passed);
        Assert.Contains("azurewebsites.net", passed);
    }

    [Fact]
    public void The_app_runs_with_the_environment_the_benchmark_measures_it_with()
    {
        var site = Resources(InnerTemplate("app")).Single(r => r["type"]!.GetValue<string>() == "Microsoft.Web/sites");
        var settings = site["properties"]!["siteConfig"]!["appSettings"]!.GetValue<string>();
        Assert.NotEmpty(PerfBot.Bench.BenchServe.DeployedEnvironment);
        foreach (var (name, value) in PerfBot.Bench.BenchServe.DeployedEnvironment)
            Assert.Contains($"createObject('name', '{name}', 'value', '{value}')", settings);
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
