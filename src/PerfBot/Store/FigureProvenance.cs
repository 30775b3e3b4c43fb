using System.Data.Common;
using Dapper;
using PerfBot.Indicators;

namespace PerfBot.Store;

/// <summary>
/// Where a stored figure's value and commentary came from, as far as PerfBot changed them: the latest correction of its
/// value and target, and who wrote its commentary in Teams. Only what still holds is told: a correction whose value has
/// since changed again, or commentary a later file overwrote, is not attributed.
/// </summary>
public static class FigureProvenance
{
    // Properties, not a constructor: SQLite types the UNION's literal columns only from their values, so an empty result
    // has no types for Dapper to match a constructor against.
    private sealed class Row
    {
        public string Kind { get; init; } = "";
        public string Period { get; init; } = "";
        public string? Field { get; init; }
        public double? PreviousValue { get; init; }
        public double? NewValue { get; init; }
        public string At { get; init; } = "";
        public string? Who { get; init; }
        public string? FileName { get; init; }
        public string? Commentary { get; init; }
        public string? Actions { get; init; }
    }

    /// <summary>One indicator's history with its provenance attached; one query, both small tables by their index.</summary>
    /// <summary>An indicator's corrections and Teams commentary, oldest first, for <see cref="Attach(List{Measurement}, System.Data.IDataReader)"/>.</summary>
    public const string Sql = """
        SELECT 'correction' AS kind, period, field, previous_value, new_value, corrected_at AS at, corrected_by AS who, file_name,
               NULL AS commentary, NULL AS actions
        FROM measurement_corrections WHERE indicator_id = @indicatorId
        UNION ALL
        SELECT 'commentary', period, NULL, NULL, NULL, edited_at, author_name, NULL, commentary, actions
        FROM commentary_edits WHERE indicator_id = @indicatorId
        ORDER BY at
        """;

    public static List<Measurement> Attach(DbConnection connection, long indicatorId, List<Measurement> history) =>
        Attach(history, connection.Query<Row>(Sql, new { indicatorId }).AsList());

    /// <summary>The same, from <see cref="Sql"/>'s rows as the next result of a command that read more.</summary>
    public static List<Measurement> Attach(List<Measurement> history, System.Data.IDataReader reader) => Attach(history, reader.Parse<Row>().ToList());

    private static List<Measurement> Attach(List<Measurement> history, List<Row> rows)
    {
        if (rows.Count == 0) return history;
        var byPeriod = rows.ToLookup(r => r.Period, StringComparer.Ordinal);
        for (var i = 0; i < history.Count; i++)
        {
            var m = history[i];
            if (!byPeriod.Contains(m.Period.Label)) continue;
            history[i] = With(m, byPeriod[m.Period.Label]);
        }
        return history;
    }

    private static Measurement With(Measurement m, IEnumerable<Row> rows)
    {
        var corrections = new List<FigureCorrection>();
        CommentaryAuthor? author = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Rows come oldest first: only the last of each kind counts, and only while the figure still holds what it wrote.
        foreach (var r in rows.Reverse())
        {
            if (!seen.Add(r.Kind == "commentary" ? "commentary" : r.Field!)) continue;
            if (r.Kind == "commentary")
            {
                if (r.Commentary == m.Commentary && r.Actions == m.Actions)
                    author = new CommentaryAuthor(r.Who ?? "an officer", StoredTime.Parse(r.At));
                continue;
            }
            var now = r.Field == FigureCorrection.Target ? m.Target : m.Value;
            if (now == r.NewValue) corrections.Add(new FigureCorrection(r.Field!, r.PreviousValue, StoredTime.Parse(r.At), r.Who, r.FileName));
        }
        return corrections.Count == 0 && author is null ? m : m with { Corrections = corrections, CommentaryBy = author };
    }

    /// <summary>
    /// For a committee's indicators: the commentary written in Teams that each figure still holds, by indicator and
    /// period, with who wrote it. For digests, whose statuses do not read commentary.
    /// </summary>
    public static Dictionary<(long IndicatorId, string Period), (string? Commentary, CommentaryAuthor Author)> TeamsCommentary(Database database, long committeeId)
    {
        using var connection = database.Open();
        var latest = new Dictionary<(long, string), (string?, CommentaryAuthor)>();
        // Oldest first, so each figure ends with its latest edit; kept only while the figure still holds that text.
        foreach (var e in connection.Query<Edit>("""
                     SELECT e.indicator_id, e.period, e.commentary, e.actions, e.author_name, e.edited_at, m.commentary AS held_commentary, m.actions AS held_actions
                     FROM indicator_committees ic
                     JOIN commentary_edits e ON e.indicator_id = ic.indicator_id
                     JOIN measurements m ON m.indicator_id = e.indicator_id AND m.period = e.period
                     WHERE ic.committee_id = @committeeId
                     ORDER BY e.edited_at, e.id
                     """, new { committeeId }))
        {
            var key = (e.IndicatorId, e.Period);
            if (e.Commentary == e.HeldCommentary && e.Actions == e.HeldActions)
                latest[key] = (e.Commentary, new CommentaryAuthor(e.AuthorName ?? "an officer", StoredTime.Parse(e.EditedAt)));
            else
                latest.Remove(key);
        }
        return latest;
    }

    private sealed class Edit
    {
        public long IndicatorId { get; init; }
        public string Period { get; init; } = "";
        public string? Commentary { get; init; }
        public string? Actions { get; init; }
        public string? AuthorName { get; init; }
        public string EditedAt { get; init; } = "";
        public string? HeldCommentary { get; init; }
        public string? HeldActions { get; init; }
    }
}
