using PerfBot.Store;

namespace PerfBot.Committees;

/// <summary>
/// Finds the committee a person means from its full name or an unambiguous part of it: "People and Health",
/// "people & health scrutiny". Pure, so verbs and chat resolve names the same way.
/// </summary>
public static class CommitteeNames
{
    public abstract record Resolution;
    public sealed record Found(Committee Committee) : Resolution;
    public sealed record Ambiguous(IReadOnlyList<Committee> Candidates) : Resolution;
    public sealed record Unknown(IReadOnlyList<Committee> Known) : Resolution;

    public static Resolution Resolve(string? wanted, IReadOnlyList<Committee> committees)
    {
        var words = Words(wanted ?? "");
        if (words.Count == 0) return new Unknown(committees);
        var exact = committees.Where(c => Names.Key(c.Name) == Names.Key(wanted!)).ToList();
        if (exact.Count == 1) return new Found(exact[0]);
        var matches = committees.Where(c => words.All(Words(c.Name).Contains)).ToList();
        return matches.Count switch
        {
            1 => new Found(matches[0]),
            0 => new Unknown(committees),
            _ => new Ambiguous(matches),
        };
    }

    /// <summary>The message for a name that found no single committee, listing the ones to choose from.</summary>
    public static string Explain(string? wanted, Resolution resolution) => resolution switch
    {
        Ambiguous a => $"'{wanted}' matches more than one committee: {string.Join("; ", a.Candidates.Select(c => c.Name))}. Say which.",
        Unknown u when u.Known.Count == 0 => $"There is no committee called '{wanted}', and no committees are set up yet.",
        Unknown u => $"There is no committee called '{wanted}'. Committees: {string.Join("; ", u.Known.Select(c => c.Name))}.",
        _ => "",
    };

    // "&" and "and" are the same word in committee names; "committee" says nothing about which one.
    private static HashSet<string> Words(string name) =>
        Names.Key(name).Replace("&", " and ")
            .Split([' ', ',', '-', '/', '(', ')', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w != "committee" && w != "the")
            .ToHashSet();
}
