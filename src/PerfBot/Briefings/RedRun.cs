using PerfBot.Indicators;

namespace PerfBot.Briefings;

/// <summary>
/// How long an indicator has been Red: its latest stored figures rated Red (as reported, else computed), one after
/// another with no gap in time between them. A five-year gap between two Red figures is not "Red for two periods running".
/// </summary>
public static class RedRun
{
    /// <param name="ended">The indicator's measurements that had ended by the brief's date.</param>
    public static IReadOnlyList<Period> Of(Indicator indicator, IEnumerable<Measurement> ended)
    {
        var ordered = ended.OrderBy(m => m.Period).ToList();
        var run = new List<Period>();
        Period? later = null;
        for (var i = ordered.Count - 1; i >= 0; i--)
        {
            var m = ordered[i];
            var rag = m.ReportedRag ?? StatusRules.ComputeRag(m.Value, m.Target, indicator.Polarity, indicator.AmberTolerance);
            if (rag != Rag.Red) break;
            if (later is { } l && m.Period.End < l.Start.AddDays(-1)) break;
            run.Add(m.Period);
            later = m.Period;
        }
        run.Reverse();
        return run;
    }
}
