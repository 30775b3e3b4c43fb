using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using PerfBot.Indicators;

namespace PerfBot.Store;

/// <summary>
/// One committee's indicators and the figures the store keeps for their latest statuses (<see cref="LatestFigures"/>):
/// what its digest is worked out from. At a national catalogue's size a Monday reads 100,000 indicators this way.
/// </summary>
internal static class CommitteeFigures
{
    /// <summary>
    /// The committee's indicators in id order, each with its kept figures (none when it has none): a digest's exception
    /// report orders them itself. The indicators come without aliases or committee names, which a digest does not show.
    /// </summary>
    public static List<(Indicator Indicator, List<Measurement> Figures)> Read(DbConnection connection, long committeeId)
    {
        // Two reads in one snapshot, both in the order of the committee's key, so nothing is sorted: the indicators, then
        // their figures, matched in step. Joined in one query, SQLite worked out every indicator column again for each
        // of its kept figures, and that cost a digest more than reading the indicators twice over.
        using var snapshot = Snapshot(connection);
        var read = new List<(Indicator Indicator, List<Measurement> Figures)>();
        var shared = new IndicatorRows.SharedTexts();
        using (var rows = Rows.Query(connection, snapshot, $"""
                   SELECT {IndicatorRows.Columns}
                   FROM indicator_committees s JOIN indicators i ON i.id = s.indicator_id
                   WHERE s.committee_id = @committeeId
                   ORDER BY s.indicator_id
                   """, nameof(committeeId), committeeId))
            while (rows.Next()) read.Add((IndicatorRows.ReadOne(rows, shared, [], []), []));

        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var rows = Rows.Query(connection, snapshot, $"""
                   SELECT s.indicator_id, {MeasurementRows.StatusColumns}
                   FROM indicator_committees s JOIN latest_figures m ON m.indicator_id = s.indicator_id
                   WHERE s.committee_id = @committeeId
                   ORDER BY s.indicator_id
                   """, nameof(committeeId), committeeId))
        {
            var at = 0;
            while (rows.Next())
            {
                var indicatorId = rows.Int64(0);
                while (read[at].Indicator.Id != indicatorId) at++;
                read[at].Figures.Add(MeasurementRows.Read(rows, 1, withCommentary: false, sources));
            }
        }
        return read;
    }

    /// <summary>
    /// A transaction that only reads, so both reads see the same store: on SQLite a deferred one, where
    /// Microsoft.Data.Sqlite's default would begin by taking the write lock.
    /// </summary>
    private static DbTransaction Snapshot(DbConnection connection) => connection is SqliteConnection sqlite
        ? sqlite.BeginTransaction(deferred: true)
        : connection.BeginTransaction(IsolationLevel.RepeatableRead);
}
