using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using PerfBot.Store.Import;

namespace PerfBot.Store;

/// <summary>
/// Keeps first_periods (migration 0026) true: for each indicator, when the earliest period it holds ends. Every write
/// of figures goes through the import, which refreshes the indicators it touched inside its own transaction; figures
/// are corrected or added, never taken away, so a refresh only ever moves an indicator's first period earlier.
/// </summary>
internal static class FirstPeriods
{
    /// <summary>Sets these indicators' rows to the earliest period end their measurements hold.</summary>
    /// <param name="earliestOfNew">
    /// Indicators the caller's import created, each with the earliest period end it gave them: every figure stored for
    /// such an indicator came from that import, so its first period needs no lookup (as for <see cref="LatestFigures"/>).
    /// </param>
    public static void Refresh(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<long> indicatorIds,
        IReadOnlyDictionary<long, DateOnly>? earliestOfNew = null)
    {
        if (indicatorIds.Count == 0) return;
        if (connection is SqliteConnection sqlite) RefreshEach(sqlite, indicatorIds, earliestOfNew ?? new Dictionary<long, DateOnly>());
        else RefreshInBatches(connection, transaction, indicatorIds);
    }

    /// <summary>Each indicator's earliest period end, by indicator id.</summary>
    public static IReadOnlyDictionary<long, DateOnly> Read(DbConnection connection) =>
        connection.Query<(long Id, string End)>("SELECT indicator_id, period_end FROM first_periods")
            .ToDictionary(f => f.Id, f => DateOnly.Parse(f.End, System.Globalization.CultureInfo.InvariantCulture));

    // In-process: one prepared statement, one seek into the measurements' key per indicator (see LatestFigures); none
    // for a new indicator, whose row is simply written.
    private static void RefreshEach(SqliteConnection connection, IReadOnlyCollection<long> indicatorIds, IReadOnlyDictionary<long, DateOnly> earliestOfNew)
    {
        using var upsert = new RawStatement(connection, """
            INSERT INTO first_periods (indicator_id, period_end)
            SELECT ?1, min(period_end) FROM measurements WHERE indicator_id = ?1 HAVING min(period_end) IS NOT NULL
            ON CONFLICT (indicator_id) DO UPDATE SET period_end = excluded.period_end
            """);
        using var insert = new RawStatement(connection, "INSERT INTO first_periods (indicator_id, period_end) VALUES (?1, ?2)");
        foreach (var id in indicatorIds)
        {
            if (earliestOfNew.TryGetValue(id, out var earliest))
            {
                insert.Bind(1, id);
                insert.Bind(2, StoredDate.Of(earliest));
                insert.Execute();
                continue;
            }
            upsert.Bind(1, id);
            upsert.Execute();
        }
    }

    // On a database server each statement is a round trip: a batch of indicators at a time, their ids as an array.
    private static void RefreshInBatches(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<long> indicatorIds)
    {
        foreach (var batch in indicatorIds.Chunk(5_000))
            connection.Execute("""
                INSERT INTO first_periods (indicator_id, period_end)
                SELECT b.id, f.first
                FROM unnest(@batch) AS b(id)
                CROSS JOIN LATERAL (SELECT min(x.period_end) AS first FROM measurements x WHERE x.indicator_id = b.id) f
                WHERE f.first IS NOT NULL
                ON CONFLICT (indicator_id) DO UPDATE SET period_end = excluded.period_end
                """, new { batch }, transaction, commandTimeout: 0);
    }
}
