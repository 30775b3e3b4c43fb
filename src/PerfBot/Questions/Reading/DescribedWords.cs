namespace PerfBot.Questions.Reading;

/// <summary>
/// What the store says about each indicator beyond its names — why its polarity is what it is, and its latest
/// commentary and actions — as the stems no name of it holds, with postings from stem to indicators. Made once per
/// snapshot, the first time a question needs it: most questions are answered from names alone.
/// </summary>
internal sealed class DescribedWords
{
    private readonly HashSet<string>[] _described;
    private readonly Dictionary<string, int[]> _postings;

    public DescribedWords(QuestionIndex index)
    {
        _described = new HashSet<string>[index.Entries.Count];
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var entry in index.Entries)
        {
            var latest = entry.Latest?.Measurement;
            var text = string.Join(' ', new[] { entry.Indicator.PolarityReason, latest?.Commentary, latest?.Actions }.OfType<string>());
            var own = entry.Stems.ToHashSet(StringComparer.Ordinal);
            var stems = QuestionText.ContentStems(text).Where(s => !own.Contains(s) && !s.Any(char.IsDigit)).ToHashSet(StringComparer.Ordinal);
            _described[entry.Index] = stems;
            foreach (var stem in stems)
            {
                if (!postings.TryGetValue(stem, out var list)) postings[stem] = list = [];
                list.Add(entry.Index);
            }
        }
        _postings = postings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Whether what the store says of this indicator, and none of its names, holds the stem.</summary>
    public bool Holds(int entry, string stem) => _described[entry].Contains(stem);

    public ReadOnlySpan<int> Postings(string stem) => _postings.TryGetValue(stem, out var list) ? list : [];
}
