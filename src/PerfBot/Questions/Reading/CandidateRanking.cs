namespace PerfBot.Questions.Reading;

/// <summary>
/// The five indicators that fit a question best, without scoring them all. Candidates are the indicators holding one of
/// the question's words that is in no more than half the names (a word like "percentage" in most of them only adds to
/// scores). Each gets a bit per question word it holds; that mask bounds its whole score, and the full score is worked
/// out only while a bound could still reach the five best. The words are drawn rarest first, each bringing the
/// candidates no rarer word brought; once an indicator holding none of the words drawn could not reach the five best,
/// the commoner words bring no more. The five best are those of scoring every candidate in full, and "per 10,000" in a
/// quarter of 10,000 names costs almost nothing.
/// </summary>
internal static class CandidateRanking
{
    /// <summary>How many candidates an understanding keeps.</summary>
    private const int Kept = 5;

    /// <summary>Scores are rounded to four places: a bound just under the fifth could still round to a tie with it.</summary>
    private const double Rounding = 0.0001;

    private sealed record Scored(Candidate Candidate, ulong Mask);

    /// <summary>The candidates sharing a mask: how many, the IDF total of the shortest name among them, and where they are laid out.</summary>
    private sealed class Group
    {
        public int Count { get; set; }
        public double Smallest { get; set; } = double.MaxValue;
        public int Start { get; set; }
        public int End { get; set; }
    }

    /// <summary>The five best scores so far; the fifth is what a candidate's bound must reach to be scored.</summary>
    private sealed class BestScores
    {
        private readonly List<double> _best = new(Kept + 1);

        public double Fifth { get; private set; } = double.NegativeInfinity;

        public void Add(double score)
        {
            if (_best.Count >= Kept && score <= Fifth) return;
            var at = _best.FindIndex(x => x < score);
            _best.Insert(at < 0 ? _best.Count : at, score);
            if (_best.Count > Kept) _best.RemoveAt(Kept);
            if (_best.Count >= Kept) Fifth = _best[Kept - 1];
        }
    }

    /// <param name="sequence">The stems of the words not taken by a stage, in order: for pairs of words.</param>
    /// <param name="prune">False scores every candidate in full, with no bound and every word drawn: the reference.</param>
    /// <param name="contrast">The question sets something aside ("rather than"): see <see cref="FullScore"/>.</param>
    /// <param name="scope">The stems naming the service areas asked for: see <see cref="FullScore"/>.</param>
    /// <param name="setAside">The concepts "rather than" sets aside: see <see cref="FullScore"/>.</param>
    public static List<Candidate> Rank(IReadOnlyList<Concept> concepts, string[] sequence, QuestionIndex index, IReadOnlyList<string> areas,
        ReaderConfig config, bool prune, bool contrast = false, IReadOnlyCollection<string>? scope = null, IReadOnlySet<string>? setAside = null)
    {
        if (concepts.Count == 0 || index.Entries.Count == 0) return [];
        var score = new FullScore(new QueryWords(concepts, index), sequence, index, areas, config, contrast, scope, setAside);
        var stems = score.Words.Stems;
        // The words the store knows, rarest first. A word in over half the names ("percentage") only adds to scores.
        var known = Enumerable.Range(0, stems.Count).Where(i => index.DocumentFrequency(stems[i]) > 0)
            .OrderBy(i => index.DocumentFrequency(stems[i])).ToList();
        var half = index.Entries.Count / 2;
        var generating = known.Where(i => index.DocumentFrequency(stems[i]) <= half).ToList();
        if (generating.Count == 0) generating = known.Count > 0 ? known : Enumerable.Range(0, stems.Count).ToList();
        var undrawn = known.Aggregate(0UL, (mask, i) => mask | 1UL << i);

        var masks = CleanMasks.Take(index.Entries.Count);
        // Each word's candidates as drawn, so their masks can be cleared after: kept as lists rather than copied into one.
        var brought = new List<List<int>>();
        var scored = new List<Scored>();
        var best = new BestScores();
        var drawn = 0UL;
        foreach (var word in generating)
        {
            drawn |= 1UL << word;
            undrawn &= ~(1UL << word);
            var candidates = Candidates(word, drawn, masks, stems, index);
            brought.Add(candidates);
            ScoreInBoundOrder(candidates, masks, score, index, prune, scored, best);
            // The best an indicator holding none of the words drawn could score: every other word, the shortest name.
            if (prune && score.Bound(undrawn, index.SmallestField) + Rounding < best.Fifth) break;
        }
        foreach (var candidates in brought)
            foreach (var id in candidates) masks[id] = 0;
        // Kept only after a ranking that ended, every mask it set cleared.
        CleanMasks.GiveBack(masks);
        return Best(scored, score);
    }

    /// <summary>
    /// Scores these candidates, the groups with the highest bound first, until the fifth best score rules out the rest.
    /// Candidates holding the same question words share a mask, and so a bound but for their shortest names: a few
    /// hundred groups are bounded and ordered, not 100,000 candidates each.
    /// </summary>
    private static void ScoreInBoundOrder(List<int> candidates, ulong[] masks, FullScore score, QuestionIndex index, bool prune,
        List<Scored> scored, BestScores best)
    {
        var smallest = index.SmallestFields;
        var groups = new Dictionary<ulong, Group>();
        var groupOf = new Group[candidates.Count];
        for (var k = 0; k < candidates.Count; k++)
        {
            var id = candidates[k];
            if (!groups.TryGetValue(masks[id], out var group)) groups[masks[id]] = group = new Group();
            group.Count++;
            group.Smallest = Math.Min(group.Smallest, smallest[id]);
            groupOf[k] = group;
        }
        var ordered = groups.Select(g => (Mask: g.Key, Group: g.Value, Bound: score.Bound(g.Key, g.Value.Smallest))).OrderByDescending(g => g.Bound).ToList();
        // Each group's candidates side by side in one array, in the groups' order.
        var next = 0;
        foreach (var (_, group, _) in ordered)
        {
            group.Start = group.End = next;
            next += group.Count;
        }
        var byGroup = new int[candidates.Count];
        for (var k = 0; k < candidates.Count; k++) byGroup[groupOf[k].End++] = candidates[k];

        foreach (var (mask, group, bound) in ordered)
        {
            if (prune && bound + Rounding < best.Fifth) break;
            for (var k = group.Start; k < group.End; k++)
            {
                var id = byGroup[k];
                if (prune && score.Bound(mask, smallest[id]) + Rounding < best.Fifth) continue;
                var candidate = score.Score(id, mask, explain: false);
                scored.Add(new Scored(candidate, mask));
                best.Add(candidate.Score);
            }
        }
    }

    /// <summary>
    /// The indicators holding this word that no word drawn before it brought, each with the mask of every question word
    /// it holds (it holds none of the words drawn before).
    /// </summary>
    private static List<int> Candidates(int word, ulong drawn, ulong[] masks, IReadOnlyList<string> stems, QuestionIndex index)
    {
        // Counted first so the list is made once at its size: a word can bring thousands of candidates.
        var postings = index.Postings(stems[word]);
        var fresh = 0;
        foreach (var id in postings)
            if (masks[id] == 0) fresh++;
        var candidates = new List<int>(fresh);
        foreach (var id in postings)
            if (masks[id] == 0)
            {
                masks[id] = 1UL << word;
                candidates.Add(id);
            }
        for (var i = 0; i < stems.Count; i++)
            if ((drawn >> i & 1) == 0) MarkHolders(candidates, index.Postings(stems[i]), masks, 1UL << i);
        return candidates;
    }

    /// <summary>
    /// Sets the bit of each candidate the word's postings hold. Both are in index order, so each candidate is sought
    /// from where the one before it was, in strides that double: a commoner word's postings can be most of the
    /// catalogue, and a few thousand candidates skip through them instead of walking them all.
    /// </summary>
    private static void MarkHolders(List<int> candidates, ReadOnlySpan<int> postings, ulong[] masks, ulong bit)
    {
        var from = 0;
        foreach (var id in candidates)
        {
            var stride = 1;
            var to = from;
            while (to < postings.Length && postings[to] < id)
            {
                from = to + 1;
                to = from + stride;
                stride *= 2;
            }
            var found = postings[from..Math.Min(postings.Length, to + 1)].BinarySearch(id);
            if (found >= 0) masks[id] |= bit;
            from += found >= 0 ? found : ~found;
            if (from >= postings.Length) return;
        }
    }

    /// <summary>
    /// One mask per indicator, kept per thread and left all zero after each ranking (it clears the masks it set), so
    /// a question does not clear 100,000 of them first. A ranking that fails part way drops its array.
    /// </summary>
    private static class CleanMasks
    {
        [ThreadStatic] private static ulong[]? _kept;

        public static ulong[] Take(int count)
        {
            var masks = _kept is { } kept && kept.Length >= count ? kept : new ulong[count];
            _kept = null;
            return masks;
        }

        public static void GiveBack(ulong[] masks) => _kept = masks;
    }

    /// <summary>The five best, scored again to say what each matched.</summary>
    private static List<Candidate> Best(List<Scored> scored, FullScore score) =>
        InRankOrder(InRankOrder(scored, s => s.Candidate).Take(Kept).Select(s => score.Score(s.Candidate.Entry.Index, s.Mask, explain: true)), c => c)
            .ToList();

    /// <summary>Best score first; on a tie the better-covered name, then the shorter, then the code: the same order every time.</summary>
    private static IOrderedEnumerable<T> InRankOrder<T>(IEnumerable<T> items, Func<T, Candidate> candidate) => items
        .OrderByDescending(x => candidate(x).Score)
        .ThenByDescending(x => candidate(x).FieldCoverage)
        .ThenBy(x => candidate(x).Entry.Indicator.Name.Length)
        .ThenBy(x => candidate(x).Code, StringComparer.Ordinal);
}
