namespace PerfBot.Questions.Reading;

/// <summary>
/// Two indicators compared side by side ("compare foster carers with the children in care rate"): the question's words
/// split at a joining word ("and", "with", "against", "vs"), each side naming an indicator of its own — even where one
/// indicator explains every word ("sickness vs long term sickness"), so each side is read on its own.
/// </summary>
internal static class PairStage
{
    public sealed record Pair(Candidate First, Candidate Second);

    private static readonly HashSet<string> Versus = new(StringComparer.Ordinal) { "vs", "versus", "v", "against" };

    private static readonly HashSet<string> Comparing = new(StringComparer.Ordinal) { "compare", "compared", "comparing", "comparison", "side" };

    private static readonly HashSet<string> Joins = new(StringComparer.Ordinal) { "and", "with", "against", "vs", "versus", "v", "to", "or", "compared", "beside", "alongside" };

    public static Pair? Read(Tokens tokens, ChoiceStage.Result whole, QuestionIndex index, ReaderConfig config, bool prune)
    {
        // A question one indicator explains is read as two only when it says it sets two things side by side ("vs",
        // "compare … with …"); a benchmark word alone ("average days to complete … (18 to 64)") would rank both sides at
        // every joining word for nothing.
        if (whole.Chosen is { QueryCoverage: >= 0.9 } && !tokens.Any(t => Versus.Contains(t.Word) || Comparing.Contains(t.Word))) return null;
        var content = tokens.Positions(t => t.IsContent);
        if (content.Count < 2) return null;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!Joins.Contains(tokens[k].Word)) continue;
            var left = content.Where(i => i < k).ToList();
            var right = content.Where(i => i > k).ToList();
            if (left.Count == 0 || right.Count == 0) continue;
            var named = Side(tokens, setAside: right, index, config, prune);
            var against = Side(tokens, setAside: left, index, config, prune);
            // "Sickness vs long term sickness": a side that could be either is the one the other side does not name.
            var first = named.Chosen ?? Besides(named, against.Chosen);
            var second = against.Chosen ?? Besides(against, named.Chosen);
            if (first is null || second is null || first.Code == second.Code) continue;
            // Only "vs" and its like set two things side by side surely enough to read a side as "the other one".
            if ((named.Chosen is null || against.Chosen is null) && !Versus.Contains(tokens[k].Word)) continue;
            return new Pair(first, second);
        }
        return null;
    }

    /// <summary>The indicator the words left on one side name, the words of the other side set aside.</summary>
    private static ChoiceStage.Result Side(Tokens tokens, List<int> setAside, QuestionIndex index, ReaderConfig config, bool prune)
    {
        var side = tokens.Consume(setAside);
        var concepts = ConceptStage.Read(side, index, config);
        var sequence = side.Where(t => !t.Consumed).Select(t => t.Stem).ToArray();
        var ranked = CandidateRanking.Rank(concepts.Concepts, sequence, index, [], config, prune);
        return ChoiceStage.Read("", ranked, index, config);
    }

    /// <summary>Of two a side could mean, the one that is not the other side's.</summary>
    private static Candidate? Besides(ChoiceStage.Result side, Candidate? other) =>
        other is not null && side.DidYouMean.Count == 2 && side.DidYouMean.Any(c => c.Code == other.Code) ? side.DidYouMean.First(c => c.Code != other.Code) : null;
}
