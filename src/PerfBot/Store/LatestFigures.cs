using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using PerfBot.Indicators;

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
    public static void Refresh(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<long> indicatorIds)
    {
        if (indicatorIds.Count == 0) return;
        if (connection is SqliteConnection sqlite) RefreshEach(sqlite, (SqliteTransaction?)transaction, indicatorIds);
        else RefreshInBatches(connection, transaction, indicatorIds);
    }

    /// <summary>The period ends a status needs, from the labels held at an indicator's latest end.</summary>
    private static IEnumerable<string> EndsNeeded(IEnumerable<string> labelsAtLatestEnd)
    {
        // The latest is the one that orders last (of periods ending that day, the shortest); its comparisons end on days of their own.
        var latest = labelsAtLatestEnd.Select(MeasurementRows.PeriodOf).Max();
        return new[] { latest.End, latest.Previous().End, latest.SamePeriodLastYear().End }.Distinct().Select(Iso);
    }

    // In-process: a prepared statement per step and indicator costs microseconds, less than building batches would.
    private static void RefreshEach(SqliteConnection connection, SqliteTransaction? transaction, IReadOnlyCollection<long> indicatorIds)
    {
        using var latest = Prepare(connection, transaction, """
            SELECT period FROM measurements
            WHERE indicator_id = $id AND period_end = (SELECT max(period_end) FROM measurements WHERE indicator_id = $id)
            """, "$id");
        using var delete = Prepare(connection, transaction, "DELETE FROM latest_figures WHERE indicator_id = $id", "$id");
        using var insert = Prepare(connection, transaction, $"""
            INSERT INTO latest_figures (indicator_id, {Copied})
            SELECT indicator_id, {Copied} FROM measurements WHERE indicator_id = $id AND period_end IN ($latest, $previous, $lastYear)
            """, "$id", "$latest", "$previous", "$lastYear");
        foreach (var id in indicatorIds)
        {
            latest.Parameters[0].Value = id;
            var labels = new List<string>();
            using (var reader = latest.ExecuteReader())
                while (reader.Read()) labels.Add(reader.GetString(0));
            delete.Parameters[0].Value = id;
            delete.ExecuteNonQuery();
            if (labels.Count == 0) continue;
            var ends = EndsNeeded(labels).ToList();
            insert.Parameters[0].Value = id;
            for (var i = 1; i <= 3; i++) insert.Parameters[i].Value = ends[Math.Min(i - 1, ends.Count - 1)];
            insert.ExecuteNonQuery();
        }
    }

    // On a database server each statement is a round trip: a batch of indicators at a time, their keys as arrays.
    private static void RefreshInBatches(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<long> indicatorIds)
    {
        foreach (var batch in indicatorIds.Chunk(5_000))
        {
            // Each indicator's latest end found once, by the key's index, then its rows at that end: a correlated
            // max() in the WHERE clause is run again for every stored row of the batch (0.9 s a batch at 120 periods).
            var labels = connection.Query<(long IndicatorId, string Period)>("""
                SELECT b.id, m.period
                FROM unnest(@batch) AS b(id)
                CROSS JOIN LATERAL (SELECT max(x.period_end) AS latest FROM measurements x WHERE x.indicator_id = b.id) l
                JOIN measurements m ON m.indicator_id = b.id AND m.period_end = l.latest
                """, new { batch }, transaction, commandTimeout: 0);
            var wanted = labels.GroupBy(l => l.IndicatorId)
                .SelectMany(g => EndsNeeded(g.Select(l => l.Period)).Select(end => (Id: g.Key, End: end))).ToList();
            connection.Execute("DELETE FROM latest_figures WHERE indicator_id = ANY(@batch)", new { batch }, transaction, commandTimeout: 0);
            connection.Execute($"""
                INSERT INTO latest_figures (indicator_id, {Copied})
                SELECT m.indicator_id, {string.Join(", ", Copied.Split(", ").Select(c => "m." + c))}
                FROM unnest(@ids, @ends) AS w(indicator_id, period_end)
                JOIN measurements m ON m.indicator_id = w.indicator_id AND m.period_end = w.period_end
                """, new { ids = wanted.Select(w => w.Id).ToArray(), ends = wanted.Select(w => w.End).ToArray() }, transaction, commandTimeout: 0);
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction? transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
