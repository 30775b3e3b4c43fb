using System.Data.Common;
using Dapper;
using PerfBot.Indicators;

namespace PerfBot.Store;

/// <summary>
/// Indicators with their aliases and committees, every one or one committee's. Read by hand rather than mapped: a
/// Monday's digests and the question index read every indicator in the store, 100,000 for a national catalogue.
/// </summary>
internal static class IndicatorRows
{
    /// <summary>
    /// The rows of one committee's indicators (their ids seek each row on its key, so the read costs the committee's
    /// indicators, not the catalogue's), or every row.
    /// </summary>
    private static string InScope(string idColumn, long? committeeId) => committeeId is null ? ""
        : $"WHERE {idColumn} IN (SELECT indicator_id FROM indicator_committees WHERE committee_id = @committeeId)";

    /// <param name="committeeId">Only the indicators this committee scrutinises; all when null.</param>
    public static List<Indicator> Read(DbConnection connection, long? committeeId)
    {
        // Service areas, units and committee names are shared by thousands of indicators: one string each, not one per
        // indicator, in what the question index keeps for its lifetime.
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Shared(string? text) => text is null ? null : shared.TryGetValue(text, out var same) ? same : shared[text] = text;

        var aliases = connection.Query<(long Id, string Alias)>($"""
                SELECT a.indicator_id, a.alias FROM indicator_aliases a {InScope("a.indicator_id", committeeId)} ORDER BY a.alias
                """, new { committeeId })
            .ToLookup(a => a.Id, a => a.Alias);
        var names = connection.Query<(long Id, string Name)>("SELECT id, name FROM committees").ToDictionary(c => c.Id, c => Shared(c.Name)!);
        var committees = connection.Query<(long IndicatorId, long CommitteeId)>($"""
                SELECT ic.indicator_id, ic.committee_id FROM indicator_committees ic {InScope("ic.indicator_id", committeeId)}
                """, new { committeeId })
            .ToLookup(c => c.IndicatorId, c => names[c.CommitteeId]);

        using var reader = connection.ExecuteReader($"""
                SELECT i.id, i.code, i.name, i.service_area, i.unit, i.frequency, i.polarity, i.polarity_reason, i.owner, i.amber_tolerance
                FROM indicators i {InScope("i.id", committeeId)}
                ORDER BY i.service_area, i.name
                """, new { committeeId });
        string? Text(int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
        var indicators = new List<Indicator>();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            indicators.Add(new Indicator(
                id, reader.GetString(1), reader.GetString(2), Shared(Text(3)), Shared(Text(4)),
                Words.TryFrequency(Text(5), out var frequency) ? frequency : null,
                Words.TryPolarity(Text(6), out var polarity) ? polarity : Polarity.None,
                Shared(Text(7)), Shared(Text(8)), reader.IsDBNull(9) ? null : reader.GetDouble(9),
                aliases.Contains(id) ? aliases[id].ToList() : [], committees[id].Order(StringComparer.Ordinal).ToList()));
        }
        return indicators;
    }
}
