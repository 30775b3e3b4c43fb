namespace PerfBot.Questions.Reading;

/// <summary>
/// When no indicator's names explain a question, what the store says about each indicator (<see cref="DescribedWords"/>)
/// is weaker evidence for which one it is about: "what's the plan to get more SEND kids into mainstream or maintained
/// schools?" is about independent special school places, whose aim the store gives as mainstream or maintained places.
/// A word only that description holds counts for <see cref="Weaker"/> of one a name holds. The indicator is taken only
/// when no indicator's names explain as much of the question as a name must, it does, and no other comes near it.
/// </summary>
internal static class DescribedStage
{
    private const double Weaker = 0.5;

    /// <param name="ranked">The candidates by their names: rivals the description must be well ahead of.</param>
    public static Candidate? Read(IReadOnlyList<Concept> concepts, IReadOnlyList<Candidate> ranked, QuestionIndex index, ReaderConfig config)
    {
        // An indicator whose names explain enough of the question and was still not taken was set aside on its name's
        // fit or a rival's: the question is not one no name explains.
        if (concepts.Count == 0 || index.Entries.Count == 0 || ranked.Any(c => c.QueryCoverage >= config.AcceptCoverage)) return null;
        var described = index.Described;
        var stems = concepts.SelectMany(c => c.Alternatives).SelectMany(a => a.Stems).Distinct(StringComparer.Ordinal).ToList();
        // Only an indicator whose description holds one of the question's words can score above its names' score.
        var ids = new HashSet<int>();
        foreach (var stem in stems)
            foreach (var id in described.Postings(stem)) ids.Add(id);
        if (ids.Count == 0) return null;
        var total = concepts.Sum(c => c.Weight);
        var scored = ids.Select(id => (Id: id, Coverage: Coverage(id, concepts, index, described) / total)).OrderByDescending(s => s.Coverage).ThenBy(s => s.Id).ToList();
        var best = scored[0];
        var rival = Math.Max(scored.Count > 1 ? scored[1].Coverage : 0, ranked.Where(c => c.Entry.Index != best.Id).Select(c => c.QueryCoverage).DefaultIfEmpty(0).Max());
        if (best.Coverage < config.AcceptCoverage || rival > best.Coverage - config.NamedMargin) return null;
        var entry = index.Entries[best.Id];
        var matched = concepts.Where(c => c.Alternatives.Any(a => a.Stems.Any(s => entry.Stems.Contains(s) || described.Holds(best.Id, s)))).Select(c => c.Label).ToList();
        return new Candidate(entry, Math.Round(0.6 * best.Coverage, 4), best.Coverage, 0, 0, "what the store says of it", matched);
    }

    /// <summary>Each concept by its best-fitting alternative, a word a name holds in full and one only the description holds weaker.</summary>
    private static double Coverage(int id, IReadOnlyList<Concept> concepts, QuestionIndex index, DescribedWords described)
    {
        var entry = index.Entries[id];
        var covered = 0.0;
        foreach (var concept in concepts)
        {
            var best = 0.0;
            foreach (var alternative in concept.Alternatives)
            {
                double num = 0, den = 0;
                for (var k = 0; k < alternative.Stems.Length; k++)
                {
                    var stem = alternative.Stems[k];
                    var idf = index.Idf(stem);
                    den += idf;
                    if (entry.Stems.Contains(stem)) num += idf * alternative.Quality[k];
                    else if (described.Holds(id, stem)) num += idf * alternative.Quality[k] * Weaker;
                }
                best = Math.Max(best, den > 0 ? num / den : 0);
            }
            covered += concept.Weight * best;
        }
        return covered;
    }
}
