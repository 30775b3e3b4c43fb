namespace PerfBot.Questions.Reading;

/// <summary>
/// A question about the committee's business said without a committee word ("when is the risk update coming?"): when
/// an agenda item's title and detail say more of the question's words than any indicator's name does, the question is
/// about that item — the forward plan — and never answered with an indicator's figure.
/// </summary>
internal static class ForwardPlanStage
{
    /// <summary>An item must say more than this share of the question's own words, and two of them at least.</summary>
    private const double Enough = 0.5;
    private const int Fewest = 2;

    public static bool FitsBetter(IReadOnlyList<string> subject, IReadOnlyList<Committee> committees, Candidate? best)
    {
        if (subject.Count == 0) return false;
        var said = committees.SelectMany(c => c.ForwardPlan)
            .Select(p => QuestionText.ContentStems($"{p.Item} {p.Detail}").ToHashSet(StringComparer.Ordinal))
            .Select(item => subject.Count(item.Contains)).Where(n => n >= Fewest)
            .Select(n => (double)n / subject.Count).DefaultIfEmpty(0).Max();
        return said > Enough && said > (best?.QueryCoverage ?? 0);
    }
}
