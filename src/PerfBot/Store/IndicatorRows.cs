using System.Data;
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
    /// <summary>The columns <see cref="ReadOne"/> takes, in its order, for a SELECT list.</summary>
    public const string Columns = "i.id, i.code, i.name, i.service_area, i.unit, i.frequency, i.polarity, i.polarity_reason, i.owner, i.amber_tolerance";

    /// <summary>
    /// The rows of one committee's indicators (their ids seek each row on its key, so the read costs the committee's
    /// indicators, not the catalogue's), or every row.
    /// </summary>
    private static string InScope(string idColumn, long? committeeId) => committeeId is null ? ""
        : $"WHERE {idColumn} IN (SELECT indicator_id FROM indicator_committees WHERE committee_id = @committeeId)";

    /// <param name="committeeId">Only the indicators this committee scrutinises; all when null.</param>
    public static List<Indicator> Read(DbConnection connection, long? committeeId)
    {
        var shared = new SharedTexts();
        var aliases = connection.Query<(long Id, string Alias)>($"""
                SELECT a.indicator_id, a.alias FROM indicator_aliases a {InScope("a.indicator_id", committeeId)} ORDER BY a.alias
                """, new { committeeId })
            .ToLookup(a => a.Id, a => a.Alias);
        var names = connection.Query<(long Id, string Name)>("SELECT id, name FROM committees").ToDictionary(c => c.Id, c => shared.One(c.Name)!);
        var committees = connection.Query<(long IndicatorId, long CommitteeId)>($"""
                SELECT ic.indicator_id, ic.committee_id FROM indicator_committees ic {InScope("ic.indicator_id", committeeId)}
                """, new { committeeId })
            .ToLookup(c => c.IndicatorId, c => names[c.CommitteeId]);

        using var reader = connection.ExecuteReader($"""
                SELECT {Columns}
                FROM indicators i {InScope("i.id", committeeId)}
                ORDER BY i.service_area, i.name
                """, new { committeeId });
        var indicators = new List<Indicator>();
        var rows = Rows.Of(reader);
        while (rows.Next())
        {
            var id = rows.Int64(0);
            indicators.Add(ReadOne(rows, shared, aliases.Contains(id) ? aliases[id].ToList() : [], committees[id].Order(StringComparer.Ordinal).ToList()));
        }
        return indicators;
    }

    /// <summary>An indicator from a row holding <see cref="Columns"/> first, with the aliases and committees given.</summary>
    public static Indicator ReadOne(Rows row, SharedTexts shared, IReadOnlyList<string> aliases, IReadOnlyList<string> committees) =>
        new(row.Int64(0), row.Text(1)!, row.Text(2)!, shared.One(row.Text(3)), shared.One(row.Text(4)),
            Words.TryFrequency(row.Text(5), out var frequency) ? frequency : null,
            Words.TryPolarity(row.Text(6), out var polarity) ? polarity : Polarity.None,
            shared.One(row.Text(7)), shared.One(row.Text(8)), row.Number(9),
            aliases, committees);

    /// <summary>
    /// Service areas, units and committee names are shared by thousands of indicators: one string each, not one per
    /// indicator, in what the question index keeps for its lifetime.
    /// </summary>
    public sealed class SharedTexts
    {
        private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

        public string? One(string? text) => text is null ? null : _texts.TryGetValue(text, out var same) ? same : _texts[text] = text;
    }
}
