namespace PerfBot.Questions.Reading;

/// <summary>
/// A question about the committee's business said without a committee word ("when is the risk update coming?"): when
/// an agenda item's title and detail say more of the question's words than any indicator's name does, the question is
/// about that item — the forward plan — and never answered with an indicator's figure.
/// </summary>
internal static class ForwardPlanStage
{
    /// <summary>An item must say more than this share of the question's own words, and two of them at least.</summary>
    private const double Enough = 0.5;
    private const int Fewest = 2;

    /// <param name="subject">The question's words left once the other stages took theirs.</param>
    /// <param name="words">Every content word of the question, those other stages took included ("update", "coming").</param>
    public static bool FitsBetter(IReadOnlyList<string> subject, IReadOnlyList<string> words, QuestionIndex index, Candidate? best)
    {
        var items = index.ForwardPlanWords.Select(w => w.Said).ToList();
        // Of every word, the item must explain one no indicator's name uses ("update"): words both use ("fostering
        // service") are the indicator's as much as the item's. The best indicator is then held to every word too.
        return Share(subject, items, _ => true) is var left && left > Enough && left > (best?.QueryCoverage ?? 0)
            || Share(words, items, matched => matched.Any(s => !index.Knows(s))) is var all && all > Enough
                && all > (best is null || words.Count == 0 ? 0 : (double)words.Count(best.Entry.Stems.Contains) / words.Count);
    }

    /// <summary>Words of an item's title that say nothing of which item it is.</summary>
    private static readonly HashSet<string> Untelling = new(StringComparer.Ordinal) { "a", "an", "the", "of", "and", "on", "for", "to", "in", "with", "at", "quarter", "q" };

    /// <summary>"When is the risk update coming?": a question asking when, holding every telling word of an item's title
    /// (two at least, stop words such as "update" included), asks when that item comes to committee.</summary>
    public static bool AsksWhenOfTitle(string[] words, QuestionIndex index)
    {
        if (!words.Any(QuestionText.IsWhen)) return false;
        var said = words.Select(QuestionText.Stem).ToHashSet(StringComparer.Ordinal);
        return index.ForwardPlanWords.Any(w => w.TellingTitle.Length >= Fewest && w.TellingTitle.All(said.Contains));
    }

    /// <summary>An agenda item's words, stemmed once when the index is built rather than for every question read.</summary>
    /// <param name="Said">The content stems of its title and detail.</param>
    /// <param name="TellingTitle">The stems of its title's telling words.</param>
    public sealed record ItemWords(HashSet<string> Said, string[] TellingTitle);

    public static IReadOnlyList<ItemWords> WordsOf(IEnumerable<Committee> committees) =>
        committees.SelectMany(c => c.ForwardPlan).Select(p => new ItemWords(
            QuestionText.ContentStems($"{p.Item} {p.Detail}").ToHashSet(StringComparer.Ordinal),
            QuestionText.MatchWords(QuestionText.Normalise(p.Item)).Where(w => !Untelling.Contains(w) && !w.Any(char.IsDigit)).Select(QuestionText.Stem).ToArray())).ToList();

    private static double Share(IReadOnlyList<string> words, List<HashSet<string>> items, Func<List<string>, bool> telling) =>
        words.Count == 0 ? 0 : items.Select(item => words.Where(item.Contains).ToList())
            .Where(matched => matched.Count >= Fewest && telling(matched))
            .Select(matched => (double)matched.Count / words.Count).DefaultIfEmpty(0).Max();
}
