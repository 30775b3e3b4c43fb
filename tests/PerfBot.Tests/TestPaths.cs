namespace PerfBot.Tests;

internal static class TestPaths
{
    /// <summary>The repository root, found from the test binaries so tests run from any folder.</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>shared/seeds beside the checkout, as CI lays it out, or beside a folder above it (a git worktree under wt/).</summary>
    public static string SharedSeeds { get; } = FindSharedSeeds();

    public static string DemoData => Path.Combine(RepoRoot, "data", "demo");

    private static string FindSharedSeeds()
    {
        for (var dir = Directory.GetParent(RepoRoot); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "shared", "seeds"))) return Path.Combine(dir.FullName, "shared", "seeds");
        return Path.Combine(RepoRoot, "..", "shared", "seeds");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PerfBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("PerfBot.sln not found above " + AppContext.BaseDirectory);
    }
}
