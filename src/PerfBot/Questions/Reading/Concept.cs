namespace PerfBot.Questions.Reading;

/// <summary>One way of reading a concept's words as stems the store knows, each with how sure the reading is (1 as written).</summary>
internal sealed record Alternative(string[] Stems, double[] Quality, string Label);

/// <summary>
/// Something the question asks about, as one or more alternatives (the words as written, what the council's vocabulary
/// says they mean): the alternative that best fits an indicator counts. Weighted by its rarest known word.
/// </summary>
internal sealed record Concept(string Label, IReadOnlyList<Alternative> Alternatives, double Weight)
{
    public static Concept Make(string label, IReadOnlyList<Alternative> alternatives, QuestionIndex index)
    {
        var known = alternatives.SelectMany(a => a.Stems).Where(index.Knows).ToList();
        var weight = known.Count > 0 ? known.Max(index.Idf) : index.UnknownIdf;
        return new Concept(label, alternatives, weight);
    }

    /// <summary>Whether every word of some reading of the concept is one the test holds (the store knows it, a name has it).</summary>
    public bool IsHeldBy(Func<string, bool> holds) => Alternatives.Any(a => a.Stems.Length > 0 && a.Stems.All(holds));
}
