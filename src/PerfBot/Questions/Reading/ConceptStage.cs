namespace PerfBot.Questions.Reading;

/// <summary>
/// Turns the words left into the concepts to score indicators on. A phrase in the council's vocabulary ("LAC") is one
/// concept with what it means as an alternative (and one step further: "LAC" → "looked after children" → "children in
/// care"); every other content word is a concept of its own. Typos and run-together words are resolved on the way.
/// </summary>
internal static class ConceptStage
{
    public sealed record Result(IReadOnlyList<Concept> Concepts, IReadOnlyList<string> Notes);

    /// <param name="quotesFigures">The question asks about a target or comparison, so a number no name holds is a figure quoted ("the 95% target").</param>
    public static Result Read(Tokens tokens, QuestionIndex index, ReaderConfig config, bool quotesFigures = false)
    {
        var live = tokens.Where(t => !t.Consumed).ToList();
        var stems = live.Select(t => t.Stem).ToList();
        var concepts = new List<Concept>();
        var notes = new List<string>();
        var covered = new bool[live.Count];

        foreach (var rule in index.Vocabulary.Where(r => r.ServiceArea is null).OrderByDescending(r => r.Term.Stems.Length))
        {
            var from = 0;
            int at;
            while ((at = QuestionIndex.IndexOf(stems, rule.Term.Stems, from)) >= 0)
            {
                from = at + 1;
                if (Enumerable.Range(at, rule.Term.Stems.Length).Any(i => covered[i])) continue;
                var span = Enumerable.Range(at, rule.Term.Stems.Length).Where(i => !live[i].IsStop).Select(i => live[i]).ToList();
                if (span.Count == 0) continue;
                for (var i = at; i < at + rule.Term.Stems.Length; i++) covered[i] = true;
                var alternatives = new List<Alternative> { WordResolver.Resolve(span, index, notes) };
                alternatives.AddRange(Meanings(rule, index));
                notes.Add($"vocabulary '{rule.Term.Text}' → '{rule.Means.Text}'");
                concepts.Add(Concept.Make(string.Join(' ', span.Select(t => t.Word)), alternatives, index));
            }
        }
        for (var i = 0; i < live.Count; i++)
        {
            if (covered[i] || live[i].IsStop || config.ListWords.Contains(live[i].Word)) continue;
            // A figure the member quotes ("the 95% target") that no name holds says nothing about which indicator.
            if (quotesFigures && live[i].Word.All(char.IsDigit) && !index.Knows(live[i].Stem)) continue;
            concepts.Add(Concept.Make(live[i].Word, [WordResolver.Resolve([live[i]], index, notes)], index));
        }
        return new Result(concepts, notes);
    }

    /// <summary>What a vocabulary term means, and what that means in turn by one more rule.</summary>
    private static IEnumerable<Alternative> Meanings(QuestionIndex.VocabularyRule rule, QuestionIndex index)
    {
        var means = ContentStemsOf(rule.Means.Text);
        if (means.Length > 0) yield return Exact(means, rule.Means.Text);
        foreach (var second in index.Vocabulary.Where(r => r.ServiceArea is null && r != rule && QuestionIndex.Contains(rule.Means.Stems, r.Term.Stems)))
        {
            var replaced = ContentStemsOf(rule.Means.Text.ToLowerInvariant().Replace(second.Term.Text.ToLowerInvariant(), second.Means.Text, StringComparison.Ordinal));
            if (replaced.Length > 0) yield return Exact(replaced, $"{rule.Means.Text} → {second.Means.Text}");
        }
    }

    private static Alternative Exact(string[] stems, string label) => new(stems, Enumerable.Repeat(1.0, stems.Length).ToArray(), label);

    private static string[] ContentStemsOf(string text) => QuestionText.ContentStems(text).ToArray();
}
