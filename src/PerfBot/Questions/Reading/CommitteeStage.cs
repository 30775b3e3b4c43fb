namespace PerfBot.Questions.Reading;

/// <summary>
/// Finds the committee a question names: by the words of its name that set it apart (not "scrutiny" or "committee"),
/// or by their initials ("P&amp;H"), marked as scope. "The committee" alone means the only one when the store holds one
/// and the question is about the committee or its meetings.
/// </summary>
internal static class CommitteeStage
{
    /// <param name="Unknown">Words name a committee the store does not hold ("the Health and Wellbeing Board").</param>
    /// <param name="Mentioned">"Committee" or "scrutiny" was said, naming no committee in particular.</param>
    public sealed record Result(Tokens Tokens, Committee? Committee, IReadOnlyList<string> Notes, bool Named = false, bool Unknown = false, bool Mentioned = false);

    public static bool IsCommitteeWord(string word) => word is "committee" or "scrutiny" or "cttee" or "ctte" or "board" or "panel" or "cabinet";

    public static Result Read(Tokens tokens, QuestionIndex index, bool committeeCue)
    {
        var live = tokens.Positions(t => t.IsContent);
        var liveStems = live.Select(i => tokens[i].Stem).ToList();
        foreach (var (committee, key) in index.CommitteeKeys)
        {
            var at = QuestionIndex.IndexOf(liveStems, key, 0);
            if (key.Length == 0 || at < 0) continue;
            return Named(tokens.MarkScope(live.Skip(at).Take(key.Length)), committee, $"committee '{committee.Name}'");
        }
        foreach (var (committee, initials) in index.CommitteeInitials)
        {
            if (Initials(tokens, initials) is not { } span) continue;
            return Named(tokens.Consume(span), committee, $"'{string.Join(' ', span.Select(i => tokens[i].Word))}' → the initials of {committee.Name}");
        }
        var general = tokens.Positions(t => !t.Consumed && (IsCommitteeWord(t.Word) || t.Word == "committees"));
        if (general.Count == 0) return new Result(tokens, null, []);
        // A word of a name right before "committee" or "board" ("the Place and Resources Scrutiny Committee"): a committee not held.
        var unknown = general.Any(g => g > 0 && tokens[g - 1].IsContent && !IsCommitteeWord(tokens[g - 1].Word) && !index.Knows(tokens[g - 1].Stem)
                                       && !ReaderConfig.Default.FollowUpWords.Contains(tokens[g - 1].Word));
        var rest = tokens.Consume(general);
        if (unknown)
            return new Result(rest, null, [$"'{string.Join(' ', tokens.Take(general.Max() + 1).Where(t => t.IsContent || IsCommitteeWord(t.Word)).Select(t => t.Word))}' names no committee the store holds"], Unknown: true);
        if (index.Committees.Count == 1 && committeeCue)
            return new Result(rest, index.Committees[0], [$"'{tokens[general[0]].Word}' → the only committee, {index.Committees[0].Name}"], Mentioned: true);
        return new Result(rest, null, [], Mentioned: true);
    }

    private static Result Named(Tokens named, Committee committee, string note) =>
        new(named.Consume(named.Positions(t => !t.Consumed && IsCommitteeWord(t.Word))), committee, [note], Named: true);

    /// <summary>"ph", "p and h" or "p h" for People and Health: the initials one word, or one letter a word with "and" between.</summary>
    private static List<int>? Initials(Tokens tokens, string initials)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsFree) continue;
            if (tokens[i].Word == initials) return [i];
            if (LettersFrom(tokens, i, initials) is { } end && end > i) return Enumerable.Range(i, end - i + 1).ToList();
        }
        return null;
    }

    /// <summary>Where a run of the initials' letters, one a word, "and" allowed between them, that starts at <paramref name="start"/> ends; null if none does.</summary>
    private static int? LettersFrom(Tokens tokens, int start, string initials)
    {
        // Walked without lists or strings: this runs for every free word of every question, for every committee.
        int j = start, last = -1;
        foreach (var letter in initials)
        {
            if (j < tokens.Count && last >= 0 && tokens[j].Word == "and") j++;
            if (j >= tokens.Count || !tokens[j].IsFree || tokens[j].Word is not { Length: 1 } word || word[0] != letter) return null;
            last = j++;
        }
        return last;
    }
}
