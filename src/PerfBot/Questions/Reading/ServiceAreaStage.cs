namespace PerfBot.Questions.Reading;

/// <summary>
/// Finds the service areas a question names: by the council's nicknames for them ("childrens", "adults"), matched as
/// written, then by their names as the store writes them, matched by stems ("children services"). Their words are
/// marked as scope, not taken: in a question about one indicator they are still words of its name.
/// </summary>
internal static class ServiceAreaStage
{
    public sealed record Result(Tokens Tokens, IReadOnlyList<string> Areas, IReadOnlyList<string> Notes);

    public static Result Read(Tokens tokens, QuestionIndex index)
    {
        var areas = new List<string>();
        var notes = new List<string>();
        // An area's name of several words said in full ("adults and housing") is that area: its words are not also
        // nicknames ("housing") or shorter names ("Housing") widening it to others.
        List<HashSet<int>>? wholes = null;
        foreach (var rule in index.Vocabulary.Where(r => r.ServiceArea is not null).OrderByDescending(r => r.Term.Stems.Length))
        {
            var written = QuestionText.Normalise(rule.Term.Text).Split(' ');
            var at = tokens.Find(written);
            if (at < 0) continue;
            var ruleWords = Enumerable.Range(at, written.Length).Where(i => !tokens[i].IsStop).ToList();
            wholes ??= WholeNames(tokens, index);
            if (wholes.Any(w => w.Count > ruleWords.Count && ruleWords.All(w.Contains))) continue;
            tokens = tokens.MarkScope(Enumerable.Range(at, written.Length));
            if (!areas.Contains(rule.ServiceArea!)) areas.Add(rule.ServiceArea!);
            notes.Add($"vocabulary '{rule.Term.Text}' → service area {rule.ServiceArea}");
            // The name written also matches areas of that name directly ("adult care" is also a 2020 area).
            foreach (var area in index.ServiceAreas.Where(a => a.Name != rule.ServiceArea && a.ContentStems.SequenceEqual(QuestionText.ContentStems(rule.Term.Text))))
                areas.Add(area.Name);
        }
        var named = new HashSet<int>();
        foreach (var area in index.ServiceAreas.OrderByDescending(a => a.ContentStems.Length))
        {
            // A word a nickname already marked may complete the name ("childrens services").
            var live = tokens.Positions(t => !t.Consumed && !t.IsStop);
            var at = QuestionIndex.IndexOf(live.Select(i => tokens[i].Stem).ToList(), area.ContentStems, 0);
            if (at < 0) continue;
            var said = live.Skip(at).Take(area.ContentStems.Length).ToList();
            if (said.All(named.Contains)) continue;
            named.UnionWith(said);
            tokens = tokens.MarkScope(said);
            if (!areas.Contains(area.Name)) areas.Add(area.Name);
            notes.Add($"service area '{area.Name}'");
        }
        return new Result(tokens, areas, notes);
    }

    /// <summary>Where the question says an area's name of several words in full, the positions of its words.</summary>
    private static List<HashSet<int>> WholeNames(Tokens tokens, QuestionIndex index)
    {
        var words = tokens.Positions(t => !t.Consumed && !t.IsStop);
        var stems = words.Select(i => tokens[i].Stem).ToList();
        var wholes = new List<HashSet<int>>();
        foreach (var area in index.ServiceAreas.Where(a => a.ContentStems.Length > 1))
            if (QuestionIndex.IndexOf(stems, area.ContentStems, 0) is >= 0 and var start)
                wholes.Add([.. words.Skip(start).Take(area.ContentStems.Length)]);
        return wholes;
    }

    /// <summary>
    /// For a list with filters whose remaining words all belong to service area names ("amber in HR" for "HR &amp; OD",
    /// "red in care"), those areas. Only then: in a question about one indicator the same words name the indicator.
    /// </summary>
    public static Result ReadPartial(Tokens tokens, QuestionIndex index, ReaderConfig config)
    {
        var rest = tokens.Positions(t => IsBeyondScope(t, config));
        if (rest.Count == 0) return new Result(tokens, [], []);
        var areas = index.ServiceAreas.Where(a => rest.All(i => a.ContentStems.Contains(tokens[i].Stem))).Select(a => a.Name).ToList();
        if (areas.Count == 0) return new Result(tokens, [], []);
        var note = $"'{string.Join(' ', rest.Select(i => tokens[i].Word))}' read as part of the service area name: {string.Join(" or ", areas)}";
        return new Result(tokens.MarkScope(rest), areas, [note]);
    }

    /// <summary>A word that is neither taken, nor scope, nor a stop or list word: what a question asks beyond its scope.</summary>
    public static bool IsBeyondScope(Token token, ReaderConfig config) => token.IsContent && !config.ListWords.Contains(token.Word);
}
