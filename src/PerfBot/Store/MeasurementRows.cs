using System.Data;
using PerfBot.Indicators;

namespace PerfBot.Store;

/// <summary>
/// Measurement rows read by hand rather than mapped: every answer reads a history this way, and a Monday's digests and
/// the question index read hundreds of thousands of rows, where mapping through records cost three times the query.
/// </summary>
internal static class MeasurementRows
{
    /// <summary>The columns <see cref="Read"/> takes, in its order, for a SELECT list.</summary>
    public const string Columns = "m.period, m.value, m.target, m.reported_rag, m.reported_direction, m.commentary, m.actions, m.source";

    /// <summary>The same with commentary and actions left out (NULL), which a status does not show.</summary>
    public const string StatusColumns = "m.period, m.value, m.target, m.reported_rag, m.reported_direction, NULL, NULL, m.source";

    /// <summary>
    /// Rows of indicator_id then <see cref="StatusColumns"/>, ordered by indicator, as each indicator's figures in turn:
    /// 100,000 indicators' figures are never all in memory.
    /// </summary>
    public static IEnumerable<(long IndicatorId, List<Measurement> Figures)> ByIndicator(IDataReader reader)
    {
        // One copy of each source text: rows share a handful, and the question index keeps these statuses for its lifetime.
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        long current = 0;
        List<Measurement>? list = null;
        var rows = Rows.Of(reader);
        while (rows.Next())
        {
            var indicatorId = rows.Int64(0);
            if (list is null || indicatorId != current)
            {
                if (list is not null) yield return (current, list);
                current = indicatorId;
                list = [];
            }
            list.Add(Read(rows, 1, withCommentary: false, sources));
        }
        if (list is not null) yield return (current, list);
    }

    /// <summary>
    /// A measurement from a row holding <see cref="Columns"/> from <paramref name="at"/>; commentary and actions are
    /// not looked at without <paramref name="withCommentary"/>. With <paramref name="sharedSources"/>, equal source
    /// texts become one string.
    /// </summary>
    public static Measurement Read(Rows row, int at, bool withCommentary, Dictionary<string, string>? sharedSources = null)
    {
        var source = row.Text(at + 7);
        if (source is not null && sharedSources is not null)
            source = sharedSources.TryGetValue(source, out var same) ? same : sharedSources[source] = source;
        return new Measurement(
            Periods.GetOrAdd(row.Text(at)!, Period.Parse),
            row.Number(at + 1),
            row.Number(at + 2),
            Words.TryRag(row.Text(at + 3), out var rag) ? rag : null,
            Words.TryDirection(row.Text(at + 4), out var direction) ? direction : null,
            withCommentary ? row.Text(at + 5) : null,
            withCommentary ? row.Text(at + 6) : null,
            source);
    }

    /// <summary>A period parsed once per label: a store holds a few hundred distinct labels and reads them millions of times.</summary>
    public static Period PeriodOf(string label) => Periods.GetOrAdd(label, Period.Parse);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Period> Periods = new(StringComparer.Ordinal);
}
