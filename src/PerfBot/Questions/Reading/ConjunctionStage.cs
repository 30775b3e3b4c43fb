namespace PerfBot.Questions.Reading;

/// <summary>
/// Several subjects joined by "and" ("sickness and turnover figures", "assessments and reviews backlog"): each part
/// names indicators of its own, and together they are the topic asked about. Each part must name at least one
/// indicator by its own names or aliases and none another part names, so a name holding "and" itself ("physical and
/// coercive", "residential and nursing") is never split into two subjects. "Sickness, short and long term": when one
/// part holds a word no indicator uses (the store names no short-term kind) and every other part names some of that
/// part's indicators, the parts are kinds of its subject, and the subject's indicators are the answer.
/// </summary>
internal static class ConjunctionStage
{
    /// <summary>A part naming more than this is too broad to be one subject of a list ("children and …").</summary>
    private const int MaxPerPart = 8;

    private static readonly HashSet<string> Joining = new(StringComparer.Ordinal) { "and", "plus" };

    public static IReadOnlyList<Candidate> Read(Tokens tokens, QuestionIndex index, ReaderConfig config)
    {
        var parts = Parts(tokens);
        if (parts.Count < 2) return [];
        var named = new List<HashSet<int>>();
        var unknown = new List<bool>();
        foreach (var (from, to) in parts)
        {
            // A service area named ("workforce") is where the subjects are, not one of them.
            var part = tokens.Consume(Enumerable.Range(0, tokens.Count).Where(i => i < from || i >= to || tokens[i].IsScope));
            var read = ConceptStage.Read(part, index, config).Concepts;
            var concepts = read.Where(c => c.IsHeldBy(index.Knows)).ToList();
            if (concepts.Count == 0 && read.Count > 0) return [];
            if (concepts.Count == 0) continue;
            var rarest = concepts.MaxBy(c => c.Weight)!;
            // A part whose rarest word is in many names cannot name a few: not walked at all, at any size of store.
            if (rarest.Alternatives.All(a => a.Stems.Length == 0 || a.Stems.Min(index.DocumentFrequency) > MaxPerPart * 8)) return [];
            var holding = TopicStage.Holding(rarest, index);
            var names = holding.Where(i => concepts.All(c => TopicStage.Named(index.Entries[i], c))).ToHashSet();
            if (names.Count is 0 or > MaxPerPart) return [];
            named.Add(names);
            unknown.Add(concepts.Count < read.Count);
        }
        if (named.Count < 2) return [];
        var apart = Enumerable.Range(0, named.Count).All(p => !unknown[p] && Enumerable.Range(0, p).All(q => !named[p].Overlaps(named[q])));
        if (!apart)
        {
            var kinds = Enumerable.Range(0, named.Count).Where(p => unknown[p]).ToList();
            if (kinds.Count != 1 || Enumerable.Range(0, named.Count).Any(p => p != kinds[0] && !named[p].Overlaps(named[kinds[0]]))) return [];
            named = [named[kinds[0]]];
        }
        var all = named.SelectMany(n => n).ToList();
        if (all.Count > TopicStage.MaxIndicators) return [];
        return TopicStage.InTopicOrder(all.Select(i => new Candidate(index.Entries[i], 0, 1, 0, 0, "topic", [])));
    }

    /// <summary>The spans of the question between the free "and"s and "plus"es that join its subjects: one when none does.</summary>
    internal static List<(int From, int To)> Parts(Tokens tokens)
    {
        var parts = new List<(int From, int To)>();
        var from = 0;
        foreach (var join in tokens.Positions(t => t.IsFree && Joining.Contains(t.Word)))
        {
            parts.Add((from, join));
            from = join + 1;
        }
        parts.Add((from, tokens.Count));
        return parts;
    }
}
