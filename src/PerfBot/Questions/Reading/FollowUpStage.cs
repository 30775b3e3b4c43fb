namespace PerfBot.Questions.Reading;

/// <summary>
/// What marks a question as carrying on from the last answer: an opening such as "and…" or "what about…", a word
/// standing for the last subject ("it", "they", "that one"), an ordinal pointing into the last list ("the second
/// one"). It takes out the ordinal, the opening and those words the store never uses ("why so low?"), so they are
/// not read as words of an indicator's name.
/// </summary>
internal static class FollowUpStage
{
    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal) { "two", "three", "four", "2", "3", "4" };

    public sealed record Result(Tokens Tokens, bool Continuation, bool Pronoun, int? Ordinal, bool PastTense, IReadOnlyList<string> Notes);

    public static Result Read(Tokens tokens, QuestionIndex index, ReaderConfig config)
    {
        var notes = new List<string>();
        var continuation = false;
        foreach (var opening in config.Continuations)
        {
            if (tokens.Find(opening.Words) is not 0) continue;
            tokens = tokens.Consume(0, opening.Words.Length);
            continuation = true;
            notes.Add($"'{opening.Text}' carries on from the last answer");
            break;
        }
        int? ordinal = null;
        for (var i = 0; i < tokens.Count && ordinal is null; i++)
        {
            if (!tokens[i].IsFree || !config.Ordinals.TryGetValue(tokens[i].Word, out var n)) continue;
            var next = i + 1 < tokens.Count ? tokens[i + 1].Word : null;
            // "the last one", "the second", "number 3"; not "the first quarter" (a period) nor "last month".
            var pointing = next is null or "one" or "item" or "indicator" or "measure" or "on" or "in" or "please" or "pls";
            if (n < 0 && !pointing) continue;
            if (!pointing && next is not ("of" or "the")) continue;
            ordinal = n;
            tokens = tokens.Consume(i, next is "one" or "item" or "indicator" or "measure" ? 2 : 1);
            notes.Add(n < 0 ? "'the last one' points into the last list" : $"'{tokens[i].Word}' points at item {n} of the last list");
        }
        // "those two", "these three", "both", "how do the two compare": the last answer's indicators, not a word of a name.
        var counted = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Word == "both" && tokens[i].IsFree) tokens = tokens.Consume(i, 1);
            else if (i > 0 && tokens[i - 1].Word is "those" or "these" && tokens[i].IsFree && Counts.Contains(tokens[i].Word)) tokens = tokens.Consume(i, 1);
            // "The two" standing alone; not "the two year olds", where the count says which.
            else if (i > 0 && tokens[i - 1].Word == "the" && tokens[i].IsFree && Counts.Contains(tokens[i].Word) && (i + 1 == tokens.Count || !tokens[i + 1].IsContent))
                (tokens, counted) = (tokens.Consume(i, 1), true);
        }
        var pronoun = counted || Enumerable.Range(0, tokens.Count).Any(i => (config.Pronouns.Contains(tokens[i].Word) && !Relative(tokens, i)) || tokens[i].Word == "both");
        var past = tokens.Any(t => t.Word is "was" or "were" or "did" or "had");
        // Words of judgement the store never uses ("so low", "gone up") say how, not what: they are not part of a name.
        // A question left with nothing else ("what are we doing to get more?", "why is it still red?") names no
        // subject, though a name happens to use one ("placed more than 20 miles away"): all of them are set aside. Not
        // beside a service area or committee named ("a report on housing"), which is a subject.
        var content = tokens.Positions(t => t.IsContent);
        var howOnly = content.Count > 0 && !tokens.Any(t => t.IsScope && !t.Consumed) && content.All(i => config.Pronouns.Contains(tokens[i].Word) || config.IsFollowUpWord(tokens[i]));
        var idle = howOnly ? content : tokens.Positions(t => t.IsContent && (config.Pronouns.Contains(t.Word) || (config.IsFollowUpWord(t) && !index.Knows(t.Stem))));
        if (idle.Count > 0) tokens = tokens.Consume(idle);
        return new Result(tokens, continuation, pronoun, ordinal, past, notes);
    }

    private static readonly HashSet<string> Be = new(StringComparer.Ordinal) { "is", "are", "was", "were", "has", "have", "had" };

    /// <summary>"Ambers that are worsening": "that" or "which" joining a clause to the word before it stands for that word, not the last subject.</summary>
    private static bool Relative(Tokens tokens, int i) =>
        tokens[i].Word is "that" && i > 0 && i + 1 < tokens.Count && Be.Contains(tokens[i + 1].Word) && !Be.Contains(tokens[i - 1].Word) && !tokens[i - 1].IsStop;
}
