using PerfBot.Indicators;

namespace PerfBot.Questions.Reading;

/// <summary>
/// Two indicators for one subject are often one series renamed between reports ("safeguarding concerns received during
/// the period" in 2020, "… during the month" in 2025): the words cannot tell them apart, but the period asked for can.
/// Among the candidates explaining as much of the question as the best, the one whose figures span that period is meant.
/// </summary>
internal static class PeriodHeld
{
    /// <summary>Shares of the question this close count as the same words explained.</summary>
    private const double SameWords = 0.01;

    /// <summary>
    /// The candidate meant when the period asked for tells apart candidates the words do not: some of those explaining as
    /// much of the question as the best hold it and some do not. Null when the period settles nothing.
    /// </summary>
    public static Candidate? Choose(IReadOnlyList<Candidate> candidates, Period asked, QuestionIndex index, ReaderConfig config)
    {
        if (candidates.Count < 2 || candidates[0].Score < config.AcceptScore) return null;
        var top = candidates[0];
        var alike = candidates.Where(c => c.QueryCoverage >= top.QueryCoverage - SameWords && c.QueryCoverage >= config.AcceptCoverage).ToList();
        if (alike.Count < 2) return null;
        var holders = alike.Where(c => Holds(c.Entry, asked, index)).ToList();
        if (holders.Count == 0 || holders.Count == alike.Count || holders[0].MayMeanOpposite) return null;
        return holders[0];
    }

    /// <summary>The indicator's figures, from its first period to its latest, reach into the period asked for.</summary>
    public static bool Holds(QuestionIndex.Entry entry, Period asked, QuestionIndex index) =>
        index.Catalogue.FirstPeriodEnds.TryGetValue(entry.Indicator.Id, out var firstEnd)
        && entry.Latest?.LatestPeriod is { } latest
        && asked.End >= firstEnd && asked.Start <= latest.End;
}
