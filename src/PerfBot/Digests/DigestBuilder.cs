using PerfBot.Committees;
using PerfBot.Council;
using PerfBot.Indicators;
using PerfBot.Store;

namespace PerfBot.Digests;

/// <summary>
/// Reads what a committee's digest needs from the store and composes it: the exceptions (with the commentary written in
/// Teams for them), and the figures the committee was sent that have been corrected since its last digest.
/// </summary>
public sealed class DigestBuilder(IndicatorRepository indicators, DigestStore digests)
{
    /// <summary>Teams commentary is cut to this in a digest; the answer and the brief give it in full.</summary>
    public const int CommentaryShown = 300;

    /// <param name="week">The digest's week: changes are measured from the committee's last digest before it.</param>
    public Digest Build(Committee committee, DateOnly asOf, string week)
    {
        var statuses = indicators.StatusesOfCommittee(committee.Id, asOf);
        var digest = DigestComposer.Compose(committee, statuses, asOf, digests.PreviousSnapshot(committee.Id, week));
        var ids = statuses.ToDictionary(s => s.Indicator.Code, s => s.Indicator.Id, StringComparer.OrdinalIgnoreCase);
        var commentary = indicators.TeamsCommentary(committee.Id);
        var areas = digest.Areas.Select(a => a with
        {
            Lines = a.Lines.Select(l => ids.TryGetValue(l.Code, out var id) && commentary.TryGetValue((id, l.Period), out var c) && c.Commentary is { } text
                ? l with { Commentary = new DigestCommentary(Shorten(text), c.Author.Describe()) }
                : l).ToList(),
        }).ToList();
        return digest with { Areas = areas, Corrections = Corrections(committee.Id, week) };
    }

    /// <summary>Corrections since the last digest (or ever, before the first) of figures the committee had been sent.</summary>
    private List<DigestCorrection> Corrections(long committeeId, string week) =>
        indicators.CorrectionsSentBefore(committeeId, digests.PreviousComposedAt(committeeId, week) ?? DateTimeOffset.MinValue)
            .Select(c => new DigestCorrection(c.Code, c.Name, c.Period, c.Field, Figures.Value(c.Previous, c.Unit), Figures.Value(c.Now, c.Unit),
                CouncilClock.DateOf(c.CorrectedAt), c.CorrectedBy, c.FileName))
            .ToList();

    private static string Shorten(string text) => text.Length <= CommentaryShown ? text : text[..(CommentaryShown - 1)].TrimEnd() + "…";
}
