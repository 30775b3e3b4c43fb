namespace PerfBot.Tests;

/// <summary>The real external tools (node, bicep) that .ci/prepare.d installs, and where they are.</summary>
public static class RepoTools
{
    public const string PrepareScript = ".ci/prepare.d/30-manifest-bicep.sh";

    public static string Root => TestPaths.RepoRoot;

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>
    /// A missing tool fails the test rather than skipping it: a skipped check in CI would pass an unvalidated manifest.
    /// </summary>
    public static string Require(string relativePath)
    {
        var path = PathOf(relativePath);
        Assert.True(File.Exists(path) || Directory.Exists(path),
            $"{relativePath} is missing. Run `bash {PrepareScript}` (CI runs it from .ci/run){(IsCi ? "" : " and test again")}.");
        return path;
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

}
