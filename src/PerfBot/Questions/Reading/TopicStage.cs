namespace PerfBot.Questions.Reading;

/// <summary>
/// A question about a topic rather than one indicator ("how are we doing on safeguarding?", "sickness figures"):
/// several indicators' own names or aliases hold every word the question asks about and none is named outright by
/// it, so every one of them is the answer. One the question names outright (its name or an alias, word for word)
/// is meant alone — unless the question asks for all of them ("all the B&amp;B measures").
/// </summary>
internal static class TopicStage
{
    /// <summary>A topic this broad is not one: "percentage" would list most of the store.</summary>
    public const int MaxIndicators = 25;

    private const double Whole = 0.99;

    /// <param name="all">The question asks for every one ("all the … measures", "every … indicator").</param>
    public static IReadOnlyList<Candidate> Read(IReadOnlyList<Concept> concepts, IReadOnlyList<Candidate> ranked, QuestionIndex index, bool all)
    {
        if (concepts.Count == 0 || ranked.Count < 2 || ranked[0].QueryCoverage < Whole) return [];
        if (ranked[0].FieldCoverage >= Whole && !all) return [];
        if (!all && ranked.Count(c => c.QueryCoverage >= Whole) < 2) return [];
        var named = Covering(concepts, index, all);
        if (named.Count < 2) return [];
        return AsTopic(named, ranked, index);
    }

    /// <summary>
    /// "All the children in care measures - numbers and where they're placed": the words between "all" and the word for
    /// measures are the subject, and every indicator one of whose names or aliases holds all its words is the answer
    /// (together: "child protection" in one name and "care proceedings" in another are not children in care); the
    /// question's other words say what is asked of them, so each must be held by one of them.
    /// </summary>
    public static IReadOnlyList<Candidate> Framed(Tokens tokens, IReadOnlyList<Concept> concepts, IReadOnlyList<Candidate> ranked, QuestionIndex index, ReaderConfig config)
    {
        var start = tokens.Positions(t => t.Word is "all" or "every").FirstOrDefault(-1);
        var end = start < 0 ? -1 : tokens.Positions(t => config.MeasureWords.Contains(t.Word)).FirstOrDefault(p => p > start + 1, -1);
        if (end < 0) return [];
        var subject = ConceptStage.Read(tokens.Consume(Enumerable.Range(0, tokens.Count).Where(i => i <= start || i >= end)), index, config).Concepts;
        if (subject.Count == 0) return [];
        var named = Holding(subject.MaxBy(c => c.Weight)!, index)
            .Where(i => index.Entries[i].Fields.Any(f => f.Kind is QuestionIndex.FieldKind.Name or QuestionIndex.FieldKind.Alias
                && subject.All(c => c.IsHeldBy(f.Stems.Contains)))).ToList();
        if (named.Count is < 2 or > MaxIndicators) return [];
        var labels = subject.Select(c => c.Label).ToHashSet(StringComparer.Ordinal);
        var asked = concepts.Where(c => !labels.Contains(c.Label) && c.IsHeldBy(index.Knows));
        return asked.All(c => named.Any(i => c.IsHeldBy(index.Entries[i].Stems.Contains)))
            ? AsTopic(named, ranked, index) : [];
    }

    /// <summary>
    /// "Safeguarding feedback results - how do people rate us?": a subject before a dash that several indicators' names
    /// hold alike, none of them named outright, and after it words saying how the member asks rather than which: none
    /// held by only some of those indicators (that would single them out), none naming another indicator outright, and
    /// none the store does not know ("how quick are we?" may single one out in a way no name shows).
    /// </summary>
    public static IReadOnlyList<Candidate> Headed(Tokens tokens, string question, IReadOnlyList<Concept> concepts, IReadOnlyList<Candidate> ranked,
        QuestionIndex index, ReaderConfig config)
    {
        var dash = question.IndexOf(" - ", StringComparison.Ordinal);
        if (dash <= 0) return [];
        var head = QuestionText.Words(config.WithoutGreeting(QuestionText.Normalise(question[..dash])));
        if (head.Length == 0 || head.Length >= tokens.Count || !head.SequenceEqual(tokens.Take(head.Length).Select(t => t.Word))) return [];
        var subject = ConceptStage.Read(tokens.Consume(Enumerable.Range(head.Length, tokens.Count - head.Length)), index, config).Concepts;
        if (subject.Count == 0) return [];
        var named = Covering(subject, index, all: false);
        var said = subject.SelectMany(c => c.Alternatives.SelectMany(a => a.Stems)).ToHashSet(StringComparer.Ordinal);
        if (named.Count < 2 || named.Any(i => index.Entries[i].Fields.Any(f => f.Kind is QuestionIndex.FieldKind.Name or QuestionIndex.FieldKind.Alias
            && f.ContentStems.Length > 0 && f.ContentStems.All(said.Contains)))) return [];
        var labels = subject.Select(c => c.Label).ToHashSet(StringComparer.Ordinal);
        var rest = concepts.Where(c => !labels.Contains(c.Label)).ToList();
        if (rest.Any(c => !c.IsHeldBy(index.Knows))) return [];
        var singling = rest.Any(c => named.Count(i => c.IsHeldBy(index.Entries[i].Stems.Contains)) is var held
            && held > 0 && held < named.Count);
        if (rest.Count == 0 || singling || ranked.Any(c => !named.Contains(c.Entry.Index) && c.FieldCoverage >= Whole)) return [];
        return AsTopic(named, ranked, index);
    }

    /// <summary>
    /// Every indicator whose own names hold each concept, not only the five ranked: from the rarest concept's indicators,
    /// which bound the topic, each checked against the rest. None when that is too many to be a topic.
    /// </summary>
    private static List<int> Covering(IReadOnlyList<Concept> concepts, QuestionIndex index, bool all)
    {
        var rarest = concepts.MinBy(c => c.Alternatives.Where(a => a.Stems.Length > 0).Select(a => a.Stems.Max(index.DocumentFrequency)).DefaultIfEmpty(int.MaxValue).Sum())!;
        var from = Holding(rarest, index);
        if (from.Count < 2 || from.Count > MaxIndicators * 8) return [];
        // "Everything on adult safeguarding": asked for all, a word the service area says of each indicator ("Adult Care")
        // is as much its subject as its name's words, so long as the name holds the rarest word, which sets the topic
        // apart. Not otherwise: "children in care per 10k" names one indicator, though "Care & Protection" holds two more.
        Dictionary<string, string[]> areas = !all ? [] : index.ServiceAreas.ToDictionary(a => a.Name, a => a.ContentStems, StringComparer.OrdinalIgnoreCase);
        var named = from.Where(i => concepts.All(c => Named(index.Entries[i], c) || InArea(index.Entries[i], c, areas))).ToList();
        if (named.Count < 2 || named.Count > MaxIndicators) return [];
        // Words said one after the other that names among these say as a phrase ("children in care") are said together,
        // in one name or alias, by each one: not one word by each of two ("child protection cases", "care proceedings").
        var phrases = Enumerable.Range(0, concepts.Count - 1).Where(k => named.Any(i => SaysInOrder(index.Entries[i], concepts[k], concepts[k + 1]))).ToList();
        if (phrases.Count > 0)
        {
            bool Says(QuestionIndex.Entry e, QuestionIndex.Field f, Concept c) => Holds(f, c) || InArea(e, c, areas);
            named = named.Where(i => phrases.All(k => index.Entries[i].Fields.Any(f => f.Kind is QuestionIndex.FieldKind.Name or QuestionIndex.FieldKind.Alias
                && Says(index.Entries[i], f, concepts[k]) && Says(index.Entries[i], f, concepts[k + 1])))).ToList();
        }
        return named;
    }

    /// <summary>These indicators as a topic: each as ranked where it was, in <see cref="InTopicOrder"/>.</summary>
    internal static List<Candidate> AsTopic(IEnumerable<int> named, IReadOnlyList<Candidate> ranked, QuestionIndex index)
    {
        var byIndex = ranked.ToDictionary(c => c.Entry.Index);
        return InTopicOrder(named.Select(i => byIndex.GetValueOrDefault(i) ?? new Candidate(index.Entries[i], 0, 1, 0, 0, "topic", [])));
    }

    /// <summary>A topic's indicators as it lists them: by service area, then by name.</summary>
    internal static List<Candidate> InTopicOrder(IEnumerable<Candidate> topic) =>
        topic.OrderBy(c => c.Entry.Indicator.ServiceArea, StringComparer.Ordinal).ThenBy(c => c.Entry.Indicator.Name, StringComparer.Ordinal).ToList();

    /// <summary>The indicators holding every word of some reading of the concept, in any field.</summary>
    internal static List<int> Holding(Concept concept, QuestionIndex index)
    {
        var found = new HashSet<int>();
        foreach (var alternative in concept.Alternatives.Where(a => a.Stems.Length > 0))
        {
            // Start from the word fewest indicators hold, and keep those holding the others too.
            var stems = alternative.Stems.Distinct().OrderBy(index.DocumentFrequency).ToList();
            foreach (var id in index.Postings(stems[0]))
                if (stems.Skip(1).All(s => index.Entries[id].Stems.Contains(s))) found.Add(id);
        }
        return [.. found];
    }

    /// <summary>Whether the indicator's service area's name holds every word of some reading of the concept.</summary>
    private static bool InArea(QuestionIndex.Entry entry, Concept concept, Dictionary<string, string[]> areas) =>
        entry.Indicator.ServiceArea is { } area && areas.TryGetValue(area, out var stems)
        && concept.IsHeldBy(stems.Contains);

    private static bool Holds(QuestionIndex.Field field, Concept concept) =>
        concept.IsHeldBy(field.Stems.Contains);

    /// <summary>Whether a name or alias says the one concept's words straight before the other's.</summary>
    private static bool SaysInOrder(QuestionIndex.Entry entry, Concept first, Concept second) =>
        entry.Fields.Any(f => f.Kind is QuestionIndex.FieldKind.Name or QuestionIndex.FieldKind.Alias
            && Enumerable.Range(0, Math.Max(0, f.ContentStems.Length - 1)).Any(p =>
                first.Alternatives.Any(a => a.Stems.Length > 0 && a.Stems[^1] == f.ContentStems[p])
                && second.Alternatives.Any(b => b.Stems.Length > 0 && b.Stems[0] == f.ContentStems[p + 1])));

    /// <summary>Whether one of the indicator's own names or aliases holds every word of some reading of the concept.</summary>
    internal static bool Named(QuestionIndex.Entry entry, Concept concept) =>
        concept.Alternatives.Any(a => a.Stems.Length > 0 && entry.Fields.Any(f =>
            f.Kind is QuestionIndex.FieldKind.Name or QuestionIndex.FieldKind.Alias && a.Stems.All(f.Stems.Contains)));
}
