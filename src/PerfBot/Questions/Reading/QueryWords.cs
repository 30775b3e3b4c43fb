namespace PerfBot.Questions.Reading;

/// <summary>
/// The question's concepts as bits: each distinct stem of every alternative (up to 64) gets a bit, so an indicator's
/// matches are one mask. Many indicators share a mask (the same question words matched), so the share of the question a
/// mask explains is worked out once.
/// </summary>
internal sealed class QueryWords
{
    private readonly IReadOnlyList<Concept> _concepts;
    private readonly QuestionIndex _index;
    private readonly int[][][] _bits;
    private readonly double _totalWeight;
    private readonly Dictionary<ulong, double> _coverageOf = [];
    private readonly double[] _mostOfAName;

    public QueryWords(IReadOnlyList<Concept> concepts, QuestionIndex index)
    {
        _concepts = concepts;
        _index = index;
        Stems = concepts.SelectMany(c => c.Alternatives).SelectMany(a => a.Stems).Distinct(StringComparer.Ordinal).Take(64).ToList();
        var bitOf = new Dictionary<string, int>(Stems.Count, StringComparer.Ordinal);
        for (var i = 0; i < Stems.Count; i++) bitOf[Stems[i]] = i;
        All = Stems.ToHashSet(StringComparer.Ordinal);
        Idf = Stems.Select(index.Idf).ToArray();
        _mostOfAName = Stems.Select(index.MostOfAName).ToArray();
        _bits = concepts.Select(c => c.Alternatives.Select(a => a.Stems.Select(st => bitOf.GetValueOrDefault(st, -1)).ToArray()).ToArray()).ToArray();
        _totalWeight = concepts.Sum(c => c.Weight);
    }

    /// <summary>The concepts, in the order <see cref="Coverage(ulong, List{string}?, IReadOnlySet{int}?)"/> counts them.</summary>
    public IReadOnlyList<Concept> Concepts => _concepts;

    /// <summary>The stems in bit order.</summary>
    public IReadOnlyList<string> Stems { get; }

    /// <summary>The stems as a set, for looking a name's words up.</summary>
    public HashSet<string> All { get; }

    /// <summary>Each bit's stem's IDF.</summary>
    public double[] Idf { get; }

    /// <summary>The IDF total of the stems in the mask.</summary>
    public double MatchedIdf(ulong mask)
    {
        double matched = 0;
        for (var i = 0; i < Idf.Length; i++)
            if ((mask >> i & 1) != 0) matched += Idf[i];
        return matched;
    }

    /// <summary>
    /// The most of a name an indicator holding the mask's stems can have covered: a name's covered share is the sum of
    /// its matched stems' shares of it, and none is above the largest share that stem makes of any name.
    /// </summary>
    public double MostOfAName(ulong mask)
    {
        double most = 0;
        for (var i = 0; i < _mostOfAName.Length; i++)
            if ((mask >> i & 1) != 0) most += _mostOfAName[i];
        return most;
    }

    /// <summary>
    /// The share of the question an indicator holding the mask's stems explains: each concept by its best-fitting
    /// alternative, weighted. With <paramref name="matched"/>, also says which alternative fitted each concept.
    /// </summary>
    public double Coverage(ulong mask, List<string>? matched = null) => Coverage(mask, matched, aside: null);

    /// <summary>The same, the concepts in <paramref name="aside"/> explained by nothing ("rather than in a care home").</summary>
    public double Coverage(ulong mask, List<string>? matched, IReadOnlySet<int>? aside)
    {
        var cached = matched is null && aside is null;
        if (cached && _coverageOf.TryGetValue(mask, out var known)) return known;
        var covered = 0.0;
        for (var c = 0; c < _concepts.Count; c++)
        {
            if (aside is not null && aside.Contains(c)) continue;
            var concept = _concepts[c];
            var best = 0.0;
            Alternative? bestAlternative = null;
            for (var a = 0; a < concept.Alternatives.Count; a++)
            {
                var alternative = concept.Alternatives[a];
                double num = 0, den = 0;
                for (var k = 0; k < alternative.Stems.Length; k++)
                {
                    var bit = _bits[c][a][k];
                    var idf = bit >= 0 ? Idf[bit] : _index.Idf(alternative.Stems[k]);
                    den += idf;
                    if (bit >= 0 && (mask >> bit & 1) != 0) num += idf * alternative.Quality[k];
                }
                var share = den > 0 ? num / den : 0;
                if (share > best) { best = share; bestAlternative = alternative; }
            }
            covered += concept.Weight * best;
            if (matched is not null && bestAlternative is not null)
                matched.Add(bestAlternative.Label == concept.Label ? concept.Label : $"{concept.Label}→{bestAlternative.Label}");
        }
        var coverage = _totalWeight > 0 ? covered / _totalWeight : 0;
        if (cached) _coverageOf[mask] = coverage;
        return coverage;
    }
}
