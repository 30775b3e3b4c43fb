namespace PerfBot.Questions.Reading;

/// <summary>
/// "Bed and breakfast - what is being done?": of indicators the question's words fit alike, the one with a name adding
/// no telling word the question never says ("B&amp;B numbers") is the general measure asked about; the others each add one
/// ("families", "six weeks"), a narrower measure the question would have named. A word the council's vocabulary says
/// the question said in other words ("B&amp;B" for "bed and breakfast") is said.
/// </summary>
internal static class PlainestName
{
    public static Candidate? Of(IReadOnlyList<Candidate> close, IReadOnlyList<Concept> concepts, QuestionIndex index, ReaderConfig config)
    {
        if (close.Count < 2 || !Candidate.ExplainAlike(close)) return null;
        var said = concepts.SelectMany(c => c.Alternatives).SelectMany(a => a.Stems).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in index.Vocabulary.Where(r => r.ServiceArea is null).ToList())
            if (QuestionText.ContentStems(rule.Means.Text) is { Count: > 0 } means && means.All(said.Contains))
                said.UnionWith(QuestionText.ContentStems(rule.Term.Text));
        var telling = Math.Log(1 + 1 / config.TellingShare);
        var plain = close.Where(c => c.Entry.Fields.Any(f => f.Kind is QuestionIndex.FieldKind.Name or QuestionIndex.FieldKind.Alias
            && f.ContentStems.Any(said.Contains) && f.ContentStems.All(s => said.Contains(s) || index.Idf(s) < telling))).ToList();
        return plain.Count == 1 ? plain[0] : null;
    }
}
