using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using PerfBot.Indicators;
using PerfBot.Store.Import;

namespace PerfBot.Store;

/// <summary>
/// Keeps latest_figures (migration 0024) true: for each indicator, copies of the measurements its status is worked out
/// from — every figure of its latest period's end, of the previous period's end and of the same period's end last year,
/// which is all <see cref="StatusAssessor.Assess"/> looks at for the latest status. Digests and the question index read
/// these few rows instead of each indicator's history. Every write of figures goes through the import, which refreshes
/// the indicators it touched inside its own transaction, so a reader never sees figures and statuses disagree.
/// </summary>
internal static class LatestFigures
{
    private const string Copied = "period, period_start, period_end, value, target, reported_rag, reported_direction, source";

    /// <summary>Replaces these indicators' rows with what their measurements now say.</summary>
    /// <param name="latestOfNew">
    /// Indicators the caller's import created, each with the latest period it gave them: every figure stored for such an
    /// indicator came from that import, so its latest period needs no lookup, and it has no kept rows to delete (an
    /// indicator deleted before takes its rows with it, even where SQLite gives its id again).
    /// </param>
    public static void Refresh(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<long> indicatorIds,
        IReadOnlyDictionary<long, Period>? latestOfNew = null)
    {
        if (indicatorIds.Count == 0) return;
        latestOfNew ??= new Dictionary<long, Period>();
        if (connection is SqliteConnection sqlite) RefreshEach(sqlite, indicatorIds, latestOfNew);
        else RefreshInBatches(connection, transaction, indicatorIds, latestOfNew);
    }

    /// <summary>The period ends a status needs: the latest period's, the previous period's and the same period's last year.</summary>
    private static IEnumerable<string> EndsNeeded(Period latest) =>
        new[] { latest.End, latest.Previous().End, latest.SamePeriodLastYear().End }.Distinct().Select(StoredDate.Of);

    /// <summary>The latest of the labels held at an indicator's latest end: the one that orders last (of periods ending that day, the shortest).</summary>
    private static Period Latest(IEnumerable<string> labelsAtLatestEnd) => labelsAtLatestEnd.Select(MeasurementRows.PeriodOf).Max();

    // In-process: a prepared statement per step and indicator, bound by position, costs microseconds, less than
    // building batches would; through Microsoft.Data.Sqlite, looking its parameters up by name cost as much again.
    private static void RefreshEach(SqliteConnection connection, IReadOnlyCollection<long> indicatorIds, IReadOnlyDictionary<long, Period> latestOfNew)
    {
        using var latest = new RawStatement(connection, """
            SELECT period FROM measurements
            WHERE indicator_id = ?1 AND period_end = (SELECT max(period_end) FROM measurements WHERE indicator_id = ?1)
            """);
        using var delete = new RawStatement(connection, "DELETE FROM latest_figures WHERE indicator_id = ?1");
        using var insert = new RawStatement(connection, $"""
            INSERT INTO latest_figures (indicator_id, {Copied})
            SELECT indicator_id, {Copied} FROM measurements WHERE indicator_id = ?1 AND period_end IN (?2, ?3, ?4)
            """);
        var labels = new List<string>();
        foreach (var id in indicatorIds)
        {
            if (!latestOfNew.TryGetValue(id, out var newest))
            {
                labels.Clear();
                latest.Bind(1, id);
                latest.Read(labels.Add);
                delete.Bind(1, id);
                delete.Execute();
                if (labels.Count == 0) continue;
                newest = Latest(labels);
            }
            var ends = EndsNeeded(newest).ToList();
            insert.Bind(1, id);
            for (var i = 2; i <= 4; i++) insert.Bind(i, ends[Math.Min(i - 2, ends.Count - 1)]);
            insert.Execute();
        }
    }

    // On a database server each statement is a round trip: a batch of indicators at a time, their keys as arrays.
    private static void RefreshInBatches(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<long> indicatorIds,
        IReadOnlyDictionary<long, Period> latestOfNew)
    {
        foreach (var chunk in indicatorIds.Chunk(5_000))
        {
            var wanted = chunk.Where(latestOfNew.ContainsKey).SelectMany(id => EndsNeeded(latestOfNew[id]).Select(end => (Id: id, End: end))).ToList();
            var batch = chunk.Where(id => !latestOfNew.ContainsKey(id)).ToArray();
            if (batch.Length > 0)
            {
                // Each indicator's latest end found once, by the key's index, then its rows at that end: a correlated
                // max() in the WHERE clause is run again for every stored row of the batch (0.9 s a batch at 120 periods).
                var labels = connection.Query<(long IndicatorId, string Period)>("""
                    SELECT b.id, m.period
                    FROM unnest(@batch) AS b(id)
                    CROSS JOIN LATERAL (SELECT max(x.period_end) AS latest FROM measurements x WHERE x.indicator_id = b.id) l
                    JOIN measurements m ON m.indicator_id = b.id AND m.period_end = l.latest
                    """, new { batch }, transaction, commandTimeout: 0);
                wanted.AddRange(labels.GroupBy(l => l.IndicatorId)
                    .SelectMany(g => EndsNeeded(Latest(g.Select(l => l.Period))).Select(end => (Id: g.Key, End: end))));
                connection.Execute("DELETE FROM latest_figures WHERE indicator_id = ANY(@batch)", new { batch }, transaction, commandTimeout: 0);
            }
            connection.Execute($"""
                INSERT INTO latest_figures (indicator_id, {Copied})
                SELECT m.indicator_id, {string.Join(", ", Copied.Split(", ").Select(c => "m." + c))}
                FROM unnest(@ids, @ends) AS w(indicator_id, period_end)
                JOIN measurements m ON m.indicator_id = w.indicator_id AND m.period_end = w.period_end
                """, new { ids = wanted.Select(w => w.Id).ToArray(), ends = wanted.Select(w => w.End).ToArray() }, transaction, commandTimeout: 0);
        }
    }
}
