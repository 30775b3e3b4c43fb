using PerfBot.Tests.Support;
namespace PerfBot.Tests.TeamsApp;

/// <summary>Runs manifest/validate/validate-manifest.mjs: @microsoft/app-manifest's validateManifestAgainstSchema with its shipped schema.</summary>
public static class ManifestValidator
{
    private const string Script = "manifest/validate/validate-manifest.mjs";

    public static ProcessOutcome Validate(string manifestPath) => RunScript(manifestPath);

    public static string NewestSchemaVersion() => RunScript("--newest-schema").Output.Trim();

    private static ProcessOutcome RunScript(string argument)
    {
        RepoTools.Require("manifest/validate/node_modules/@microsoft/app-manifest");
        return ChildProcess.Run("node", [RepoTools.PathOf(Script), argument]);
    }
}
