using System.Data.Common;
using Dapper;
using PerfBot.Indicators;

namespace PerfBot.Store;

/// <summary>
/// One committee's indicators and the figures the store keeps for their latest statuses (<see cref="LatestFigures"/>),
/// in one read: what its digest is worked out from. At a national catalogue's size a Monday reads 100,000 indicators
/// this way, where reading them sorted, with every one's aliases and committees, and then their figures apart, cost a
/// fifth more of the digests' time.
/// </summary>
internal static class CommitteeFigures
{
    /// <summary>
    /// The committee's indicators in id order, each with its kept figures (none when it has none): a digest's exception
    /// report orders them itself. The indicators come without aliases or committee names, which a digest does not show.
    /// </summary>
    public static List<(Indicator Indicator, List<Measurement> Figures)> Read(DbConnection connection, long committeeId)
    {
        // One row per kept figure, its indicator's columns repeated beside it and read once, on its first row; in the
        // order of the committee's key, so nothing is sorted before the first row comes back.
        using var reader = connection.ExecuteReader($"""
            SELECT {IndicatorRows.Columns}, {MeasurementRows.StatusColumns}
            FROM indicator_committees s
            JOIN indicators i ON i.id = s.indicator_id
            LEFT JOIN latest_figures m ON m.indicator_id = s.indicator_id
            WHERE s.committee_id = @committeeId
            ORDER BY s.indicator_id
            """, new { committeeId });
        const int firstFigureColumn = 10;
        var shared = new IndicatorRows.SharedTexts();
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var read = new List<(Indicator Indicator, List<Measurement> Figures)>();
        while (reader.Read())
        {
            if (read.Count == 0 || read[^1].Indicator.Id != reader.GetInt64(0))
                read.Add((IndicatorRows.ReadOne(reader, shared, [], []), []));
            if (!reader.IsDBNull(firstFigureColumn))
                read[^1].Figures.Add(MeasurementRows.Read(reader, firstFigureColumn, withCommentary: false, sources));
        }
        return read;
    }
}
