namespace PerfBot.Questions.Reading;

/// <summary>
/// A topic officers named in the topics file ("homelessness", "SEND") said in the question: every indicator it covers,
/// though their names need not hold its word. The question's other words may only be about the topic: each word the
/// store knows must be held by one of the topic's indicators (words it never uses say nothing). When those other words
/// name one indicator in full ("homelessness new cases"), that one is meant — unless the question asks for all. When they
/// are held by some of its indicators and not the rest ("SEND plans on time"), those are asked about, not the topic:
/// the question is left to the indicators. Subjects joined by "and" ("community safety: ASB and domestic abuse") each
/// reach their own, and together may reach them all; "including" says the words after it are within the whole.
/// </summary>
internal static class NamedTopicStage
{
    private const double Whole = 0.99;

    public sealed record Result(TopicRule Rule, IReadOnlyList<Candidate> Topic, bool UsedScopeWords);

    /// <param name="tokens">The question's words, those stages took included: a topic's name may hold a service area's word ("safeguarding adults").</param>
    /// <param name="all">The question asks for every one ("everything on…", "all the … measures").</param>
    public static Result? Read(Tokens tokens, IReadOnlyList<Concept> concepts, IReadOnlyList<Candidate> ranked, Candidate? chosen, QuestionIndex index,
        ReaderConfig config, bool all)
    {
        if (index.Topics.Count == 0 || concepts.Count == 0) return null;
        var said = tokens.Select(t => t.Stem).Concat(concepts.SelectMany(c => c.Alternatives.SelectMany(a => a.Stems))).ToHashSet(StringComparer.Ordinal);
        var (rule, name) = index.Topics
            .SelectMany(r => r.NameStems.Where(n => n.All(said.Contains)).Select(n => (Rule: r, Name: n)))
            .OrderByDescending(m => m.Name.Length).FirstOrDefault();
        if (rule is null || rule.Covered.Count < 2) return null;
        var covered = rule.Covered.ToHashSet();
        var others = concepts.Where(c => !c.Alternatives.Any(a => a.Stems.Any(name.Contains))).ToList();
        var known = others.Where(c => c.IsHeldBy(index.Knows)).ToList();
        if (known.Any(c => !TopicStage.Holding(c, index).Any(covered.Contains))) return null;
        if (!all && known.Count > 0 && chosen is { QueryCoverage: >= Whole }) return null;
        if (!all && known.Count > 0 && !tokens.Any(t => config.IncludingWords.Contains(t.Word)) && !Reached(tokens, name, covered, index, config).SetEquals(covered))
            return null;
        var topic = TopicStage.AsTopic(rule.Covered, ranked, index);
        var scope = tokens.Where(t => t.IsScope).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        return new Result(rule, topic, UsedScopeWords: name.Any(scope.Contains));
    }

    /// <summary>
    /// The topic's indicators the question's other words ask about: in each part between "and"s, those holding every
    /// word of that part the store knows (a part with none, such as the topic's own name, reaches none).
    /// </summary>
    private static HashSet<int> Reached(Tokens tokens, string[] name, HashSet<int> covered, QuestionIndex index, ReaderConfig config)
    {
        var reached = new HashSet<int>();
        foreach (var (from, to) in ConjunctionStage.Parts(tokens))
        {
            var part = tokens.Consume(Enumerable.Range(0, tokens.Count).Where(i => i < from || i >= to || name.Contains(tokens[i].Stem)));
            var known = ConceptStage.Read(part, index, config).Concepts
                .Where(c => !c.Alternatives.Any(a => a.Stems.Any(name.Contains)) && c.IsHeldBy(index.Knows)).ToList();
            if (known.Count == 0) continue;
            reached.UnionWith(covered.Where(i => known.All(c => c.IsHeldBy(index.Entries[i].Stems.Contains))));
        }
        return reached;
    }
}
