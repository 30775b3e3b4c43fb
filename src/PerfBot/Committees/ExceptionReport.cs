using PerfBot.Indicators;

namespace PerfBot.Committees;

/// <summary>
/// A committee's indicators sorted the way its exception reports sort them: Red (Appendix 1), Amber and Worsening
/// (Appendix 2), and data overdue — which is never counted as a current exception — each by service area and name. The
/// ones on track are only counted and looked up, never listed, so they keep the order they came in.
/// </summary>
public sealed record ExceptionReport(
    IReadOnlyList<IndicatorStatus> Red,
    IReadOnlyList<IndicatorStatus> AmberWorsening,
    IReadOnlyList<IndicatorStatus> OnTrack,
    IReadOnlyList<IndicatorStatus> Overdue,
    Period? LatestPeriod)
{
    public IEnumerable<IndicatorStatus> Exceptions => Red.Concat(AmberWorsening);

    /// <param name="statuses">The committee's indicators, each assessed at its latest period.</param>
    public static ExceptionReport From(IEnumerable<IndicatorStatus> statuses)
    {
        // Each list sorted after it is picked out, in the same stable order as sorting them all first: most of a
        // committee's indicators are on track, and sorting them by name cost a national catalogue's digests a tenth.
        var list = statuses as IReadOnlyList<IndicatorStatus> ?? statuses.ToList();
        var current = list.Where(s => !s.IsStale && s.Measurement is not null).ToList();
        return new ExceptionReport(
            InReportOrder(current.Where(s => s.Rag == Rag.Red)),
            InReportOrder(current.Where(s => s.Rag == Rag.Amber && s.Direction == Direction.Worsening)),
            current.Where(s => !StatusRules.IsException(s.Rag, s.Direction)).ToList(),
            InReportOrder(list.Where(s => s.IsStale)),
            current.Select(s => s.LatestPeriod).Max());
    }

    private static List<IndicatorStatus> InReportOrder(IEnumerable<IndicatorStatus> statuses) =>
        statuses.OrderBy(s => s.Indicator.ServiceArea).ThenBy(s => s.Indicator.Name).ToList();
}
