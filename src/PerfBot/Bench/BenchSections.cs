namespace PerfBot.Bench;

/// <summary>The parts of a benchmark run, so that one part can be measured again on a kept store while it is being improved.</summary>
public static class BenchSections
{
    public const string Import = "import";
    public const string Answers = "answers";
    public const string Digests = "digests";
    public const string Brief = "brief";
    public const string Accuracy = "accuracy";
    public const string EndToEnd = "end-to-end";
    public const string Embedding = "embedding";
    public const string Preview = "preview";

    public static IReadOnlyList<string> All { get; } = [Import, Answers, Digests, Brief, Accuracy, Embedding, EndToEnd, Preview];

    /// <summary>The sections named, checked against <see cref="All"/>; every section when none is named.</summary>
    public static IReadOnlySet<string> Parse(IEnumerable<string> named)
    {
        var sections = named.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(n => n.ToLowerInvariant()).ToHashSet();
        var unknown = sections.Except(All).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"--only: unknown section {string.Join(", ", unknown.Select(u => $"'{u}'"))}; the sections are {string.Join(", ", All)}");
        return sections.Count == 0 ? All.ToHashSet() : sections;
    }
}
