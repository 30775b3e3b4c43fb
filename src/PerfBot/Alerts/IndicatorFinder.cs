using PerfBot.Indicators;
using PerfBot.Store;

namespace PerfBot.Alerts;

/// <summary>
/// The indicator an officer means by a few words: its code, its name, an alias, or words all found in one indicator's
/// name and aliases ("foster carers"). Pure; the question-answering matcher may replace it when it lands.
/// </summary>
public static class IndicatorFinder
{
    public abstract record Result;
    public sealed record Found(Indicator Indicator) : Result;
    public sealed record Ambiguous(IReadOnlyList<Indicator> Candidates) : Result;
    public sealed record NotFound : Result;

    public static Result Find(string wanted, IReadOnlyList<Indicator> indicators)
    {
        var key = Names.Key(wanted);
        var exact = indicators.Where(i => i.Code.Equals(wanted.Trim(), StringComparison.OrdinalIgnoreCase) || Names.Key(i.Name) == key
                                          || i.Aliases.Any(a => Names.Key(a) == key)).ToList();
        if (exact.Count == 1) return new Found(exact[0]);
        var words = Words(wanted);
        if (words.Count == 0) return new NotFound();
        var matches = indicators.Where(i => words.IsSubsetOf(Words(string.Join(' ', [i.Name, .. i.Aliases])))).ToList();
        return matches.Count switch
        {
            1 => new Found(matches[0]),
            0 => new NotFound(),
            _ => new Ambiguous(matches),
        };
    }

    private static readonly HashSet<string> Filler = ["the", "a", "an", "of", "in", "for", "on", "and", "number", "percentage", "rate"];

    private static HashSet<string> Words(string text) =>
        Names.Key(text).Replace("&", " and ")
            .Split([' ', ',', '-', '/', '(', ')', '.', '%', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Filler.Contains(w))
            .ToHashSet();
}
