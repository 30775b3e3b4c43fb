using PerfBot.Indicators;
using PerfBot.Store;

namespace PerfBot.Questions;

/// <summary>
/// An in-memory snapshot of the catalogue built for answering quickly: every indicator's name, aliases and vocabulary
/// expansions as stems with IDF weights computed from the store's own names (a word few indicators use counts more),
/// postings from stem to indicators, the words known for typo matching, service areas, committees and the latest
/// statuses. Immutable: a new snapshot is built after an import, keeping the one before's words when only figures changed.
/// </summary>
public sealed class QuestionIndex
{
    public enum FieldKind { Name, Alias, Code, Expansion }

    /// <summary>One way an indicator is called, as stems in order (stop words kept as written, for phrases).</summary>
    public sealed record Field(FieldKind Kind, string Text, string[] Stems, string[] ContentStems);

    /// <param name="Stems">Every content stem of every field, for the cheap first pass.</param>
    /// <param name="SmallestField">The IDF total of the indicator's shortest name or alias: no name can be covered more than the words matched allow against it.</param>
    public sealed record Entry(int Index, Indicator Indicator, IReadOnlyList<Field> Fields, string[] Stems, IndicatorStatus? Latest)
    {
        public double SmallestField { get; internal set; } = double.MaxValue;
    }

    public sealed record Phrase(string[] Stems, string Text);

    public sealed record VocabularyRule(Phrase Term, Phrase Means, string? ServiceArea);

    public sealed record Area(string Name, string[] ContentStems);

    public QuestionCatalogue Catalogue { get; }
    public IReadOnlyList<Entry> Entries { get; }
    public IReadOnlyList<VocabularyRule> Vocabulary { get; }
    public IReadOnlyList<Area> ServiceAreas { get; }
    public IReadOnlyList<Committee> Committees { get; }

    /// <summary>The topics officers named, each with the indicators it covers.</summary>
    public IReadOnlyList<TopicRule> Topics { get; }

    /// <summary>Each committee with the words that name it, less the ones every committee shares ("scrutiny", "committee").</summary>
    public IReadOnlyList<(Committee Committee, string[] Key)> CommitteeKeys { get; }

    /// <summary>Each committee's initials from the words that set it apart ("ph" for People and Health), when two or more.</summary>
    public IReadOnlyList<(Committee Committee, string Initials)> CommitteeInitials { get; }

    /// <summary>Every committee member's name as normalised words ("louie oleary"), with their committee.</summary>
    public IReadOnlyList<(Committee Committee, string Name, string[] Words)> MemberNames { get; }

    /// <summary>Every forward-plan item's words, for telling a question about the committee's business.</summary>
    internal IReadOnlyList<Reading.ForwardPlanStage.ItemWords> ForwardPlanWords { get; }
    public string Version { get; }
    public DateOnly AsOf { get; }

    private readonly Dictionary<string, double> _idf;
    private readonly Dictionary<string, double> _mostOfAName;
    private readonly Dictionary<string, int[]> _postings;
    private readonly Dictionary<string, string> _surfaceToStem;
    private readonly List<string>[] _surfaceByLength;
    private readonly Dictionary<string, (string First, string Second)> _joined;
    private readonly string[] _sortedSurface;
    private readonly Dictionary<string, Entry> _byCode;
    public double UnknownIdf { get; }

    /// <summary>The smallest <see cref="Entry.SmallestField"/> of all: bounds the score of indicators not yet looked at.</summary>
    public double SmallestField { get; }

    /// <param name="previous">
    /// The snapshot this one replaces. When the store's words are what it was built from (an import changed figures,
    /// not names, aliases, codes, service areas or vocabulary), its words, postings and weights are kept as they are
    /// and only each entry's indicator and status are new: they are a function of those words alone.
    /// </param>
    public QuestionIndex(QuestionCatalogue catalogue, DateOnly asOf, string version = "", QuestionIndex? previous = null)
    {
        Catalogue = catalogue;
        AsOf = asOf;
        Version = version;
        Committees = catalogue.Committees;
        var generic = new HashSet<string>(StringComparer.Ordinal) { "committe", "committee", "scrutiny", "overview", "and", "board", "panel", "sub" };
        CommitteeKeys = Committees.Select(c => (c, QuestionText.ContentStems(c.Name).Where(s => !generic.Contains(s)).ToArray())).ToList();
        CommitteeInitials = Committees
            .Select(c => (c, string.Concat(QuestionText.Words(QuestionText.Normalise(c.Name)).Where(w => !QuestionText.StopWords.Contains(w) && !generic.Contains(QuestionText.Stem(w)) && !generic.Contains(w)).Select(w => w[0]))))
            .Where(c => c.Item2.Length >= 2).ToList();
        MemberNames = Committees.SelectMany(c => c.Members.Select(m => (c, m, QuestionText.Words(QuestionText.Normalise(m))))).Where(m => m.Item3.Length > 0).ToList();
        ForwardPlanWords = Reading.ForwardPlanStage.WordsOf(Committees);
        var statuses = catalogue.LatestStatuses.ToDictionary(s => s.Indicator.Id);
        if (previous is not null && previous.Catalogue.HasSameWordsAs(catalogue))
        {
            (ServiceAreas, Vocabulary, UnknownIdf, SmallestField) = (previous.ServiceAreas, previous.Vocabulary, previous.UnknownIdf, previous.SmallestField);
            (_idf, _mostOfAName, _postings, _surfaceToStem, _surfaceByLength, _joined, _sortedSurface) =
                (previous._idf, previous._mostOfAName, previous._postings, previous._surfaceToStem, previous._surfaceByLength, previous._joined, previous._sortedSurface);
            Entries = previous.Entries.Select(e => new Entry(e.Index, catalogue.Indicators[e.Index], e.Fields, e.Stems,
                statuses.GetValueOrDefault(catalogue.Indicators[e.Index].Id)) { SmallestField = e.SmallestField }).ToList();
            _byCode = Entries.ToDictionary(e => e.Indicator.Code, StringComparer.OrdinalIgnoreCase);
            Topics = previous.Topics;
            return;
        }
        ServiceAreas = catalogue.Indicators.Select(i => i.ServiceArea).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(a => new Area(a, QuestionText.ContentStems(a).ToArray())).Where(a => a.ContentStems.Length > 0).ToList();
        var areaKeys = ServiceAreas.ToDictionary(a => Names.Key(a.Name), a => a.Name);
        Vocabulary = catalogue.Vocabulary
            .Select(v => new VocabularyRule(ToPhrase(v.Term), ToPhrase(v.Means), areaKeys.GetValueOrDefault(Names.Key(v.Means))))
            .Where(v => v.Term.Stems.Length > 0 && v.Means.Stems.Length > 0)
            .ToList();

        // 10,000 names share a few hundred words: one string per stem and per expansion, not one per use.
        var pool = new StemPool();
        var expansionFields = new Dictionary<string, Field>(StringComparer.Ordinal);
        var generalRules = Vocabulary.Where(r => r.ServiceArea is null).ToArray();
        void AddExpansion(List<Field> fields, string text, StemPool stemPool)
        {
            if (!expansionFields.TryGetValue(text, out var field)) expansionFields[text] = field = MakeField(FieldKind.Expansion, text, stemPool);
            if (!fields.Contains(field)) fields.Add(field);
        }
        var entries = new List<Entry>(catalogue.Indicators.Count);
        foreach (var indicator in catalogue.Indicators)
        {
            var fields = new List<Field>(3 + indicator.Aliases.Count) { MakeField(FieldKind.Name, indicator.Name, pool) };
            foreach (var alias in indicator.Aliases) fields.Add(MakeField(FieldKind.Alias, alias, pool));
            fields.Add(MakeField(FieldKind.Code, indicator.Code.Replace('-', ' ').Replace('_', ' '), pool));
            var written = fields.Count;
            for (var f = 0; f < written; f++)
                foreach (var rule in generalRules)
                {
                    if (Contains(fields[f].Stems, rule.Means.Stems)) AddExpansion(fields, rule.Term.Text, pool);
                    if (Contains(fields[f].Stems, rule.Term.Stems)) AddExpansion(fields, rule.Means.Text, pool);
                }
            var stems = fields.SelectMany(f => f.ContentStems).Distinct(StringComparer.Ordinal).ToArray();
            entries.Add(new Entry(entries.Count, indicator, fields, stems, statuses.GetValueOrDefault(indicator.Id)));
        }
        Entries = entries;
        _byCode = entries.ToDictionary(e => e.Indicator.Code, StringComparer.OrdinalIgnoreCase);
        Topics = TopicRule.Build(catalogue.Topics, entries);

        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var entry in entries)
            foreach (var stem in entry.Stems)
            {
                if (!postings.TryGetValue(stem, out var list)) postings[stem] = list = [];
                list.Add(entry.Index);
            }
        // Arrays, walked by a plain loop: a question's words walk up to 100,000 postings, and a list walked through its
        // interface cost several times the walk.
        _postings = postings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        var n = Math.Max(1, entries.Count);
        _idf = _postings.ToDictionary(p => p.Key, p => Math.Log(1 + (double)n / p.Value.Length), StringComparer.Ordinal);
        UnknownIdf = Math.Log(1 + n / 0.5);
        _mostOfAName = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entry in entries)
            foreach (var field in entry.Fields.Where(f => f.Kind is FieldKind.Name or FieldKind.Alias && f.ContentStems.Length > 0))
            {
                var total = field.ContentStems.Sum(Idf);
                entry.SmallestField = Math.Min(entry.SmallestField, total);
                foreach (var stem in field.ContentStems)
                    _mostOfAName[stem] = Math.Max(_mostOfAName.GetValueOrDefault(stem), Idf(stem) / total);
            }
        SmallestField = entries.Count == 0 ? double.MaxValue : entries.Min(e => e.SmallestField);

        // The words as written, for typo matching, and adjacent pairs run together ("antisocial" for "anti social").
        _surfaceToStem = new Dictionary<string, string>(StringComparer.Ordinal);
        _joined = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var texts = entries.SelectMany(e => e.Fields.Select(f => f.Text))
            .Concat(Vocabulary.SelectMany(v => new[] { v.Term.Text, v.Means.Text }))
            .ToHashSet(StringComparer.Ordinal);
        string StemOf(string word) => _surfaceToStem.TryGetValue(word, out var known) ? known : pool.Of(word);
        foreach (var text in texts)
        {
            var words = QuestionText.MatchWords(QuestionText.Normalise(text)).ToArray();
            for (var i = 0; i < words.Length; i++)
            {
                var stop = QuestionText.StopWords.Contains(words[i]);
                if (!stop && !_surfaceToStem.ContainsKey(words[i])) _surfaceToStem[words[i]] = StemOf(words[i]);
                // "re-let" is written "relet", "anti-social" "antisocial": the pair run together stands for its content words.
                if (i + 1 < words.Length && (!stop || !QuestionText.StopWords.Contains(words[i + 1])))
                {
                    var next = words[i + 1];
                    var first = stop ? StemOf(next) : StemOf(words[i]);
                    var second = stop || QuestionText.StopWords.Contains(next) ? first : StemOf(next);
                    _joined.TryAdd(words[i] + next, (first, second));
                }
            }
        }
        _sortedSurface = _surfaceToStem.Keys.Order(StringComparer.Ordinal).ToArray();
        var maxLength = _surfaceToStem.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        _surfaceByLength = new List<string>[maxLength + 3];
        for (var i = 0; i < _surfaceByLength.Length; i++) _surfaceByLength[i] = [];
        foreach (var word in _surfaceToStem.Keys) _surfaceByLength[word.Length].Add(word);
    }

    public static Phrase ToPhrase(string text)
    {
        var stems = QuestionText.MatchWords(QuestionText.Normalise(text)).Select(QuestionText.Stem).ToArray();
        return new Phrase(stems, text);
    }

    private static Field MakeField(FieldKind kind, string text, StemPool stemOf)
    {
        var words = QuestionText.MatchWords(QuestionText.Normalise(text)).ToArray();
        var stems = new string[words.Length];
        var content = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            stems[i] = stemOf.Of(words[i]);
            if (!QuestionText.StopWords.Contains(words[i]) && !content.Contains(stems[i])) content.Add(stems[i]);
        }
        return new Field(kind, text, stems, content.ToArray());
    }

    /// <summary>Whether the phrase occurs as consecutive stems.</summary>
    public static bool Contains(string[] stems, string[] phrase) => IndexOf(stems, phrase, 0) >= 0;

    public static int IndexOf(IReadOnlyList<string> stems, string[] phrase, int from)
    {
        if (phrase.Length == 0) return -1;
        for (var i = from; i + phrase.Length <= stems.Count; i++)
        {
            var all = true;
            for (var j = 0; j < phrase.Length && all; j++) all = stems[i + j] == phrase[j];
            if (all) return i;
        }
        return -1;
    }

    public bool Knows(string stem) => _idf.ContainsKey(stem);

    public double Idf(string stem) => _idf.TryGetValue(stem, out var idf) ? idf : UnknownIdf;

    /// <summary>The largest share of any one name or alias this stem's weight makes: what holding it can add to covering a name.</summary>
    public double MostOfAName(string stem) => _mostOfAName.GetValueOrDefault(stem);

    public int DocumentFrequency(string stem) => _postings.TryGetValue(stem, out var list) ? list.Length : 0;

    public ReadOnlySpan<int> Postings(string stem) => _postings.TryGetValue(stem, out var list) ? list : [];

    /// <summary>
    /// Every entry's <see cref="Entry.SmallestField"/> side by side, made at the first ranking: a question's ranking
    /// reads thousands of them, and reading each from its entry cost a cache miss.
    /// </summary>
    internal double[] SmallestFields => _smallestFields ??= Entries.Select(e => e.SmallestField).ToArray();

    private double[]? _smallestFields;

    /// <summary>What the store says of each indicator beyond its names, made at the first question that needs it.</summary>
    internal Reading.DescribedWords Described => _described ??= new Reading.DescribedWords(this);

    private Reading.DescribedWords? _described;

    /// <summary>Known words that begin with this one (at least four letters, and shorter than them), the most used first.</summary>
    public IReadOnlyList<(string Word, string Stem)> Completions(string prefix)
    {
        if (prefix.Length < 4 || !prefix.All(char.IsLetter)) return [];
        var at = Array.BinarySearch(_sortedSurface, prefix, StringComparer.Ordinal);
        if (at < 0) at = ~at;
        var found = new List<(string, string)>();
        for (var i = at; i < _sortedSurface.Length && _sortedSurface[i].StartsWith(prefix, StringComparison.Ordinal); i++)
            if (_sortedSurface[i].Length > prefix.Length) found.Add((_sortedSurface[i], _surfaceToStem[_sortedSurface[i]]));
        return found.OrderBy(f => Idf(f.Item2)).ThenBy(f => f.Item1.Length).ToList();
    }

    public Entry? ByCode(string code) => _byCode.GetValueOrDefault(code);

    public bool TryJoined(string word, out (string First, string Second) pair) => _joined.TryGetValue(word, out pair);

    /// <summary>The known word nearest a misspelt one, within the typo allowance for its length; the more frequent-looking on a tie.</summary>
    public (string Word, string Stem, int Distance)? Nearest(string word)
    {
        var allowance = QuestionText.TypoAllowance(word.Length);
        if (allowance == 0) return null;
        (string, string, int)? best = null;
        for (var length = Math.Max(4, word.Length - allowance); length <= Math.Min(_surfaceByLength.Length - 1, word.Length + allowance); length++)
            foreach (var candidate in _surfaceByLength[length])
            {
                // Cheap filter: a typo rarely changes the first letter and the last together.
                if (candidate[0] != word[0] && candidate[^1] != word[^1]) continue;
                var d = QuestionText.Distance(word, candidate, best is { } b ? Math.Min(allowance, b.Item3) : allowance);
                if (d > allowance) continue;
                if (best is not { } current || d < current.Item3 || (d == current.Item3 && Idf(_surfaceToStem[candidate]) < Idf(current.Item2)))
                    best = (candidate, _surfaceToStem[candidate], d);
            }
        return best;
    }

    /// <summary>Each word stemmed once and each stem one string: 100,000 names share a few thousand words.</summary>
    private sealed class StemPool
    {
        private readonly Dictionary<string, string> _stemOfWord = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);

        public string Of(string word)
        {
            if (_stemOfWord.TryGetValue(word, out var known)) return known;
            var stem = QuestionText.Stem(word);
            if (!_stems.TryGetValue(stem, out var same)) _stems[stem] = same = stem;
            return _stemOfWord[word] = same;
        }
    }
}
