namespace PerfBot.Questions;

/// <summary>
/// A topic officers named, as the reader uses it: each of its names as content stems, and every indicator it covers —
/// those whose name, an alias or a vocabulary expansion holds every word of a phrase it lists, and those it lists by code.
/// </summary>
public sealed record TopicRule(string Name, IReadOnlyList<string[]> NameStems, IReadOnlyList<int> Covered)
{
    public static IReadOnlyList<TopicRule> Build(IReadOnlyList<TopicEntry> topics, IReadOnlyList<QuestionIndex.Entry> entries)
    {
        var byCode = entries.ToDictionary(e => e.Indicator.Code, StringComparer.OrdinalIgnoreCase);
        var rules = new List<TopicRule>(topics.Count);
        foreach (var topic in topics)
        {
            var covered = new SortedSet<int>();
            foreach (var cover in topic.Covers)
            {
                if (byCode.TryGetValue(cover, out var coded)) { covered.Add(coded.Index); continue; }
                var stems = QuestionText.ContentStems(cover);
                if (stems.Count == 0) continue;
                foreach (var entry in entries)
                    if (entry.Fields.Any(f => f.Kind != QuestionIndex.FieldKind.Code && stems.All(f.ContentStems.Contains))) covered.Add(entry.Index);
            }
            var names = topic.Names.Select(n => QuestionText.ContentStems(n).Distinct(StringComparer.Ordinal).ToArray()).Where(n => n.Length > 0).ToList();
            if (names.Count > 0 && covered.Count > 0) rules.Add(new TopicRule(topic.Names[0], names, [.. covered]));
        }
        return rules;
    }
}
