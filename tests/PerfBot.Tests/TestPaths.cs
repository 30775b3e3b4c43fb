namespace PerfBot.Tests;

internal static class TestPaths
{
    /// <summary>The repository root, found from the test binaries so tests run from any folder.</summary>
    public static string RepoRoot { get; } = FindRoot();

    public static string DemoData => Path.Combine(RepoRoot, "data", "demo");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PerfBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("PerfBot.sln not found above " + AppContext.BaseDirectory);
    }
}
