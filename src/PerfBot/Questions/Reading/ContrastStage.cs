namespace PerfBot.Questions.Reading;

/// <summary>
/// "Support at home rather than in a care home": what follows "rather than", "instead of" or "as opposed to" is set
/// aside, not asked about. A concept is set aside when its words are said after the contrast and not all of them before
/// it ("home" said before it too is still asked about).
/// </summary>
internal static class ContrastStage
{
    public static IReadOnlySet<string> SetAside(string[] words, IReadOnlyList<Concept> concepts, ReaderConfig config)
    {
        var (at, length) = (-1, 0);
        foreach (var contrast in config.Contrasts)
            if (QuestionIndex.IndexOf(words, contrast, 0) is var i and >= 0 && (at < 0 || i < at))
                (at, length) = (i, contrast.Length);
        if (at < 0) return new HashSet<string>();
        var before = words[..at].ToHashSet(StringComparer.Ordinal);
        var after = words[(at + length)..].ToHashSet(StringComparer.Ordinal);
        return concepts.Select(c => c.Label).Where(label => label.Split(' ') is var said && said.All(after.Contains) && !said.All(before.Contains))
            .ToHashSet(StringComparer.Ordinal);
    }
}
