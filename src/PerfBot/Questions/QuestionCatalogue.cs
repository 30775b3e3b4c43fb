using Dapper;
using PerfBot.Indicators;
using PerfBot.Store;

namespace PerfBot.Questions;

public sealed record VocabularyEntry(string Term, string Means);

public sealed record Meeting(DateOnly Date, string? Title, string? Source);

public sealed record Committee(long Id, string Name, string? Chair, string? ViceChair, IReadOnlyList<Meeting> Meetings);

/// <summary>
/// Everything question understanding needs from the store, read once: the indicators with their aliases, the council's
/// vocabulary, committees and their meetings, and each indicator's latest status. Plain data, so tests build one by hand.
/// </summary>
public sealed record QuestionCatalogue(
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<VocabularyEntry> Vocabulary,
    IReadOnlyList<Committee> Committees,
    IReadOnlyList<IndicatorStatus> LatestStatuses)
{
    /// <summary>Reads the catalogue from the store. Latest statuses are judged as of <paramref name="asOf"/>.</summary>
    public static QuestionCatalogue Load(Database database, DateOnly asOf)
    {
        var repository = new IndicatorRepository(database);
        var indicators = repository.Indicators();
        using var connection = database.Open();
        var vocabulary = connection.Query<(string Term, string Means)>("SELECT term, means FROM vocabulary ORDER BY term")
            .Select(v => new VocabularyEntry(v.Term, v.Means)).ToList();
        var meetings = connection.Query<(long CommitteeId, string Date, string? Title, string? Source)>(
                "SELECT committee_id, meeting_date, title, source FROM meetings ORDER BY meeting_date")
            .ToLookup(m => m.CommitteeId, m => new Meeting(DateOnly.Parse(m.Date, System.Globalization.CultureInfo.InvariantCulture), m.Title, m.Source));
        var committees = connection.Query<(long Id, string Name, string? Chair, string? ViceChair)>("SELECT id, name, chair, vice_chair FROM committees ORDER BY name")
            .Select(c => new Committee(c.Id, c.Name, c.Chair, c.ViceChair, meetings[c.Id].ToList())).ToList();
        return new QuestionCatalogue(indicators, vocabulary, committees, ReadLatestStatuses(connection, indicators, asOf));
    }

    /// <summary>
    /// Each indicator's status at its latest period, from the figures alone (no commentary or actions are read), so the
    /// snapshot stays small at thousands of indicators.
    /// </summary>
    private static List<IndicatorStatus> ReadLatestStatuses(Microsoft.Data.Sqlite.SqliteConnection connection, IReadOnlyList<Indicator> indicators, DateOnly asOf)
    {
        // Thirteen months back from each indicator's latest figure gives the latest, previous and last year's: the rest
        // of a ten-year history would only cost memory.
        var periods = new Dictionary<string, Period>(StringComparer.Ordinal);
        var rows = connection.Query<(long IndicatorId, string Period, double? Value, double? Target, string? Rag, string? Direction, string? Source)>("""
                WITH latest AS (
                    SELECT indicator_id, max(period_end) AS last_end FROM measurements WHERE period_end <= @asOf GROUP BY indicator_id)
                SELECT m.indicator_id, m.period, m.value, m.target, m.reported_rag, m.reported_direction, m.source
                FROM measurements m JOIN latest l ON l.indicator_id = m.indicator_id
                WHERE m.period_end <= l.last_end AND m.period_end >= date(l.last_end, '-13 months')
                ORDER BY m.indicator_id, m.period_end, m.period_start DESC
                """, new { asOf = asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) })
            .ToLookup(r => r.IndicatorId, r => new Measurement(
                periods.TryGetValue(r.Period, out var p) ? p : periods[r.Period] = Period.Parse(r.Period), r.Value, r.Target,
                Words.TryRag(r.Rag, out var rag) ? rag : null,
                Words.TryDirection(r.Direction, out var direction) ? direction : null,
                null, null, r.Source));
        return indicators.Select(i => StatusAssessor.Assess(i, rows[i.Id].ToList(), null, asOf)).ToList();
    }

    /// <summary>A cheap fingerprint of what the catalogue was read from: when it changes, the snapshot is rebuilt.</summary>
    public static string StoreVersion(Database database)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<string>("""
            SELECT (SELECT version FROM store_version WHERE id = 1) || ':' ||
                   (SELECT count(*) FROM meetings) || ':' || (SELECT coalesce(max(meeting_date), '') FROM meetings)
            """) ?? "";
    }
}
