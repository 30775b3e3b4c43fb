namespace PerfBot.Questions.Reading;

/// <summary>
/// An indicator's whole score for a question: 0.6 × the share of the question it explains + 0.4 × the share of its best
/// name the question covers + 0.03 a pair of the question's words standing together in a name (up to three), + 0.03 in
/// a service area asked for, − 0.06 where a negation is in one and not the other. <see cref="Bound"/> is never below it.
/// </summary>
/// <param name="contrast">The question sets something aside ("at home rather than in a care home").</param>
/// <param name="scope">The stems naming the service areas asked for ("staff" for HR): an indicator in one of them is
/// partly about those words whether or not its name holds them.</param>
/// <param name="setAside">The concepts what "rather than" sets aside names ("care home"): they explain no indicator,
/// save one whose name says "not" of them ("not residential or nursing"), which is then what the question asks for.</param>
internal sealed class FullScore(QueryWords words, string[] sequence, QuestionIndex index, IReadOnlyList<string> areas, ReaderConfig config,
    bool contrast = false, IReadOnlyCollection<string>? scope = null, IReadOnlySet<string>? setAside = null)
{
    private readonly HashSet<int> _aside = setAside is null ? [] : Enumerable.Range(0, words.Concepts.Count).Where(c => setAside.Contains(words.Concepts[c].Label)).ToHashSet();

    private HashSet<string> AsideStems(bool only) => _aside.SelectMany(c => words.Concepts[c].Alternatives).SelectMany(a => a.Stems)
        .Except(only ? Enumerable.Range(0, words.Concepts.Count).Where(c => !_aside.Contains(c)).SelectMany(c => words.Concepts[c].Alternatives).SelectMany(a => a.Stems) : [])
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The stems of what is set aside, and those of them no other concept of the question holds.</summary>
    private HashSet<string>? _asideStems, _asideOnly;

    private readonly ulong _scopeMask = areas.Count == 0 || scope is null ? 0
        : Enumerable.Range(0, words.Stems.Count).Where(i => scope.Contains(words.Stems[i])).Aggregate(0UL, (m, i) => m | 1UL << i);

    private readonly double _areaBonus = areas.Count > 0 ? 0.03 : 0;
    private readonly HashSet<string> _negated = config.Negations.Where(words.All.Contains).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// For each pair of the question's adjacent words, the question words a name must hold for the pair to stand in it.
    /// A stem some stop word shares needs nothing: a name holds its stop words without its mask saying so.
    /// </summary>
    private readonly ulong[] _pairNeeds = Enumerable.Range(0, Math.Max(0, sequence.Length - 1))
        .Select(i => BitOf(words, sequence[i]) | BitOf(words, sequence[i + 1])).ToArray();

    public QueryWords Words => words;

    /// <summary>The most an indicator with these matches could score: name coverage cannot exceed the matched words'
    /// weight over its shortest name, nor the sum of the most of a name each can cover; a pair adds 0.03 only where
    /// the mask holds both its words.</summary>
    public double Bound(ulong mask, double smallestField) =>
        0.6 * words.Coverage(mask | _scopeMask) + 0.4 * Math.Min(1, Math.Min(words.MatchedIdf(mask) / smallestField, words.MostOfAName(mask)))
        + 0.03 * PairsPossible(mask) + _areaBonus;

    private int PairsPossible(ulong mask)
    {
        var pairs = 0;
        foreach (var needs in _pairNeeds)
            if ((needs & ~mask) == 0 && ++pairs == 3) break;
        return pairs;
    }

    private static ulong BitOf(QueryWords words, string stem)
    {
        var bit = Enumerable.Range(0, words.Stems.Count).FirstOrDefault(i => words.Stems[i] == stem, -1);
        return bit < 0 || StopStems.Contains(stem) ? 0 : 1UL << bit;
    }

    private static readonly HashSet<string> StopStems = QuestionText.StopWords.Select(QuestionText.Stem).ToHashSet(StringComparer.Ordinal);

    /// <param name="explain">Also record which alternative each concept matched (for the few shown), not only the score.</param>
    public Candidate Score(int id, ulong mask, bool explain)
    {
        var entry = index.Entries[id];
        var matched = explain ? new List<string>() : null;
        var inArea = entry.Indicator.ServiceArea is { } area && areas.Contains(area);
        var saysNotOfAside = _aside.Count > 0 && SaysNotOfAside(entry);
        IReadOnlySet<int>? aside = _aside.Count > 0 && !saysNotOfAside ? _aside : null;
        // Half credit: the area says what the question is about, not which of the area's indicators.
        var queryCoverage = inArea && (_scopeMask & ~mask) != 0
            ? (words.Coverage(mask, null, aside) + words.Coverage(mask | _scopeMask, matched, aside)) / 2
            : words.Coverage(mask, matched, aside);
        var fieldCoverage = 0.0;
        var bestField = "";
        string[] bestStems = [];
        var bigrams = 0;
        foreach (var field in entry.Fields)
        {
            if (field.ContentStems.Length == 0 || field.Kind is QuestionIndex.FieldKind.Expansion or QuestionIndex.FieldKind.Code) continue;
            double num = 0, den = 0;
            foreach (var stem in field.ContentStems)
            {
                var idf = index.Idf(stem);
                den += idf;
                if (words.All.Contains(stem) && (aside is null || !(_asideOnly ??= AsideStems(only: true)).Contains(stem))) num += idf;
            }
            var share = den > 0 ? num / den : 0;
            if (share > fieldCoverage) { fieldCoverage = share; bestField = field.Text; bestStems = field.ContentStems; }
            bigrams = Math.Max(bigrams, Bigrams(sequence, field.Stems));
        }
        var negationMismatch = config.Negations.Any(n => bestStems.Contains(n) != _negated.Contains(n));
        // The opposite measure may be meant: the name says "not" and the question never does, or the question sets
        // something aside and a name without "not" may be the very thing set aside.
        var saysNot = bestStems.Any(config.Negations.Contains) && entry.Fields[0].ContentStems.Any(config.Negations.Contains);
        var opposite = !saysNotOfAside && (saysNot ? _negated.Count == 0 && !contrast : contrast);
        var score = 0.6 * queryCoverage + 0.4 * fieldCoverage + 0.03 * Math.Min(bigrams, 3)
                    + (inArea ? _areaBonus : 0)
                    - (negationMismatch ? 0.06 : 0);
        return new Candidate(entry, Math.Round(score, 4), queryCoverage, fieldCoverage, bigrams, bestField, matched ?? []) { MayMeanOpposite = opposite };
    }

    /// <summary>One of the indicator's names is "not" and what the question sets aside ("not residential or nursing").</summary>
    private bool SaysNotOfAside(QuestionIndex.Entry entry)
    {
        _asideStems ??= AsideStems(only: false);
        foreach (var field in entry.Fields)
        {
            if (field.Kind is not (QuestionIndex.FieldKind.Name or QuestionIndex.FieldKind.Alias) || !field.ContentStems.Any(config.Negations.Contains)) continue;
            var rest = field.ContentStems.Where(s => !config.Negations.Contains(s)).ToList();
            if (rest.Count > 0 && rest.All(_asideStems.Contains)) return true;
        }
        return false;
    }

    /// <summary>Pairs of the question's words that stand next to each other in the field too.</summary>
    private static int Bigrams(string[] flat, string[] field)
    {
        var count = 0;
        for (var i = 0; i + 1 < flat.Length; i++)
            for (var j = 0; j + 1 < field.Length; j++)
                if (field[j] == flat[i] && field[j + 1] == flat[i + 1]) { count++; break; }
        return count;
    }
}
