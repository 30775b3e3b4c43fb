using PerfBot.Indicators;

namespace PerfBot.Committees;

/// <summary>
/// A committee's indicators sorted the way its exception reports sort them: Red (Appendix 1), Amber and Worsening
/// (Appendix 2), on track, and data overdue — which is never counted as a current exception.
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
        var list = statuses.OrderBy(s => s.Indicator.ServiceArea).ThenBy(s => s.Indicator.Name).ToList();
        var current = list.Where(s => !s.IsStale && s.Measurement is not null).ToList();
        return new ExceptionReport(
            current.Where(s => s.Rag == Rag.Red).ToList(),
            current.Where(s => s.Rag == Rag.Amber && s.Direction == Direction.Worsening).ToList(),
            current.Where(s => !StatusRules.IsException(s.Rag, s.Direction)).ToList(),
            list.Where(s => s.IsStale).ToList(),
            current.Select(s => s.LatestPeriod).Max());
    }
}
