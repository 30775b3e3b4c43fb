using Dapper;
using System.Data.Common;
using PerfBot.Indicators;

namespace PerfBot.Store;

/// <summary>Reads indicators, their measurements and benchmarks from the store.</summary>
public sealed class IndicatorRepository(Database database)
{
    private sealed record IndicatorRow(long Id, string Code, string Name, string? ServiceArea, string? Unit, string? Frequency,
        string Polarity, string? PolarityReason, string? Owner, double? AmberTolerance);

    private sealed record BenchmarkRow(string Period, string Kind, double Value, string? Source);

    public IReadOnlyList<Indicator> Indicators() => Indicators(committeeId: null);

    /// <summary>
    /// The indicators a read covers: every one when @committeeId is null, else the committee's. Queries start from it and
    /// seek each indicator's rows by key (CROSS JOIN fixes that order in SQLite; PostgreSQL reads it as a plain join), so
    /// one committee's read costs its own indicators, not the whole catalogue's.
    /// </summary>
    private const string Scope = """
        WITH scope AS (
            SELECT id AS indicator_id FROM indicators WHERE @committeeId IS NULL
            UNION ALL
            SELECT indicator_id FROM indicator_committees WHERE committee_id = @committeeId)
        """;

    /// <param name="committeeId">Only the indicators this committee scrutinises; all when null.</param>
    public IReadOnlyList<Indicator> Indicators(long? committeeId)
    {
        using var connection = database.Open();
        var aliases = connection.Query<(long Id, string Alias)>($"""
                {Scope}
                SELECT a.indicator_id, a.alias FROM scope s CROSS JOIN indicator_aliases a WHERE a.indicator_id = s.indicator_id
                ORDER BY a.alias
                """, new { committeeId })
            .ToLookup(a => a.Id, a => a.Alias);
        var committees = connection.Query<(long Id, string Name)>($"""
                {Scope}
                SELECT ic.indicator_id, c.name
                FROM scope s CROSS JOIN indicator_committees ic JOIN committees c ON c.id = ic.committee_id
                WHERE ic.indicator_id = s.indicator_id
                ORDER BY c.name
                """, new { committeeId })
            .ToLookup(c => c.Id, c => c.Name);
        return connection.Query<IndicatorRow>($"""
                {Scope}
                SELECT i.id, i.code, i.name, i.service_area, i.unit, i.frequency, i.polarity, i.polarity_reason, i.owner, i.amber_tolerance
                FROM scope s CROSS JOIN indicators i WHERE i.id = s.indicator_id
                ORDER BY i.service_area, i.name
                """, new { committeeId })
            .Select(r => ToIndicator(r, aliases[r.Id].ToList(), committees[r.Id].ToList()))
            .ToList();
    }

    /// <summary>One indicator's whole history, oldest first (a quarter before the month that ends it).</summary>
    public IReadOnlyList<Measurement> Measurements(long indicatorId)
    {
        using var connection = database.Open();
        return FigureProvenance.Attach(connection, indicatorId, History(connection, indicatorId));
    }

    /// <summary>
    /// What an answer about one indicator shows, in one command and so one round trip to a database server: its history
    /// oldest first — only periods ending after <paramref name="after"/> when given (see <see cref="HistoryWindow"/>) —
    /// whether earlier figures are held, its benchmarks, and its figures' corrections and Teams commentary.
    /// </summary>
    public (List<Measurement> History, bool EarlierHeld, List<Benchmark> Benchmarks) HistoryAndBenchmarks(long indicatorId, DateOnly? after = null)
    {
        using var connection = database.Open();
        using var reader = connection.ExecuteReader($"""
            {HistorySql};
            SELECT EXISTS (SELECT 1 FROM measurements WHERE indicator_id = @indicatorId AND period_end <= @after);
            {BenchmarksSql};
            {FigureProvenance.Sql};
            """, new { indicatorId, after = after is { } day ? Iso(day) : null });
        var history = ReadHistory(reader);
        reader.NextResult();
        reader.Read();
        var earlier = Convert.ToBoolean(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
        reader.NextResult();
        var benchmarks = new List<BenchmarkRow>();
        while (reader.Read())
            benchmarks.Add(new BenchmarkRow(reader.GetString(0), reader.GetString(1), reader.GetDouble(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        reader.NextResult();
        return (FigureProvenance.Attach(history, reader), earlier, ToBenchmarks(benchmarks));
    }

    /// <summary>A committee's figures' commentary written in Teams, with who wrote it (<see cref="FigureProvenance.TeamsCommentary"/>).</summary>
    public Dictionary<(long IndicatorId, string Period), (string? Commentary, CommentaryAuthor Author)> TeamsCommentary(long committeeId) =>
        FigureProvenance.TeamsCommentary(database, committeeId);

    /// <summary>Corrections since an instant of figures the committee had been sent (<see cref="PublishedFigures.CorrectedSince"/>).</summary>
    public IReadOnlyList<PublishedFigures.Correction> CorrectionsSentBefore(long committeeId, DateTimeOffset since) =>
        PublishedFigures.CorrectedSince(database, committeeId, since);

    /// <summary>One indicator by its code, in any case; null when the store holds none.</summary>
    public Indicator? ByCode(string code)
    {
        using var connection = database.Open();
        var row = connection.QuerySingleOrDefault<IndicatorRow>("""
            SELECT id, code, name, service_area, unit, frequency, polarity, polarity_reason, owner, amber_tolerance
            FROM indicators WHERE lower(code) = lower(@code)
            """, new { code });
        if (row is null) return null;
        var aliases = connection.Query<string>("SELECT alias FROM indicator_aliases WHERE indicator_id = @Id ORDER BY alias", new { row.Id }).ToList();
        var committees = connection.Query<string>("""
            SELECT c.name FROM indicator_committees ic JOIN committees c ON c.id = ic.committee_id
            WHERE ic.indicator_id = @Id ORDER BY c.name
            """, new { row.Id }).ToList();
        return ToIndicator(row, aliases, committees);
    }

    private const string HistorySql = """
        SELECT period, value, target, reported_rag, reported_direction, commentary, actions, source
        FROM measurements WHERE indicator_id = @indicatorId AND (@after IS NULL OR period_end > @after)
        ORDER BY period_end, period_start
        """;

    private const string BenchmarksSql = "SELECT period, kind, value, source FROM benchmarks WHERE indicator_id = @indicatorId";

    private static List<Measurement> History(DbConnection connection, long indicatorId)
    {
        using var reader = connection.ExecuteReader(HistorySql, new { indicatorId, after = (string?)null });
        return ReadHistory(reader);
    }

    // Read by hand: this is on every answer's path, and mapping 120 rows through tuples cost more than the query.
    private static List<Measurement> ReadHistory(System.Data.IDataReader reader)
    {
        var history = new List<Measurement>();
        while (reader.Read()) history.Add(ReadMeasurement(reader, 0));
        return history;
    }

    public IReadOnlyList<Benchmark> Benchmarks(long indicatorId)
    {
        using var connection = database.Open();
        return Benchmarks(connection, indicatorId);
    }

    private static List<Benchmark> Benchmarks(DbConnection connection, long indicatorId) =>
        ToBenchmarks(connection.Query<BenchmarkRow>(BenchmarksSql, new { indicatorId }));

    private static List<Benchmark> ToBenchmarks(IEnumerable<BenchmarkRow> rows) =>
        rows.Select(b => new Benchmark(Periods.GetOrAdd(b.Period, Period.Parse), Benchmark.ParseKind(b.Kind), b.Value, b.Source))
            .OrderBy(b => b.Period).ThenBy(b => b.Kind).ToList();

    /// <summary>Every indicator's benchmarks of one kind, in one query: for lists such as "worse than England".</summary>
    public ILookup<long, Benchmark> BenchmarksOfKind(BenchmarkKind kind)
    {
        using var connection = database.Open();
        return connection.Query<(long IndicatorId, string Period, double Value, string? Source)>(
                "SELECT indicator_id, period, value, source FROM benchmarks WHERE kind = @kind", new { kind = Benchmark.StoredKind(kind) })
            .ToLookup(b => b.IndicatorId, b => new Benchmark(Periods.GetOrAdd(b.Period, Period.Parse), kind, b.Value, b.Source));
    }

    /// <summary>Each indicator's status at its latest period that had ended by the date.</summary>
    public IReadOnlyList<IndicatorStatus> Statuses(DateOnly asOf) => StatusesOf(Indicators(), asOf);

    /// <summary>The statuses of these indicators, from the figures a status needs (<see cref="RecentFigures"/>).</summary>
    public IReadOnlyList<IndicatorStatus> StatusesOf(IReadOnlyList<Indicator> indicators, DateOnly asOf, long? committeeId = null)
    {
        // Each indicator is assessed as soon as its rows are read: 10,000 indicators' figures are never all in memory.
        var byId = indicators.ToDictionary(i => i.Id);
        var assessed = new Dictionary<long, IndicatorStatus>(indicators.Count);
        foreach (var (indicatorId, figures) in RecentFigures(asOf, committeeId))
            if (byId.TryGetValue(indicatorId, out var indicator))
                assessed[indicatorId] = StatusAssessor.Assess(indicator, figures, null, asOf);
        return indicators.Select(i => assessed.TryGetValue(i.Id, out var status) ? status : StatusAssessor.Assess(i, [], null, asOf)).ToList();
    }

    /// <summary>
    /// The figures a status needs — the latest that had ended by the date, the previous period's and last year's — for
    /// every indicator or one committee's: thirteen months back from each indicator's latest, never ten years of
    /// history. Commentary and actions are not read; a status does not show them.
    /// </summary>
    private IEnumerable<(long IndicatorId, List<Measurement> Figures)> RecentFigures(DateOnly asOf, long? committeeId)
    {
        using var connection = database.Open();
        // Each indicator in scope seeks its own rows on the (indicator, period end) key. MATERIALIZED keeps the
        // latest-period subquery from running once per joined row; without the CROSS JOIN SQLite chose to scan every
        // measurement first, at 25× the cost.
        using var reader = connection.ExecuteReader($"""
                {Scope},
                latest AS MATERIALIZED (
                    SELECT s.indicator_id,
                           (SELECT max(x.period_end) FROM measurements x WHERE x.indicator_id = s.indicator_id AND x.period_end <= @asOf) AS last_end
                    FROM scope s)
                SELECT m.indicator_id, m.period, m.value, m.target, m.reported_rag, m.reported_direction, NULL, NULL, m.source
                FROM latest l CROSS JOIN measurements m
                WHERE m.indicator_id = l.indicator_id AND m.period_end <= l.last_end AND m.period_end >= {database.Sql.MonthsBefore("l.last_end", 13)}
                ORDER BY m.indicator_id, m.period_end, m.period_start
                """, new { committeeId, asOf = Iso(asOf) });
        foreach (var figures in ByIndicator(reader)) yield return figures;
    }

    /// <summary>
    /// Every indicator's figures for periods ending from <paramref name="from"/> to <paramref name="to"/>: a range of
    /// each indicator's (indicator, period end) key, not a scan of every measurement held.
    /// </summary>
    public IEnumerable<(long IndicatorId, List<Measurement> Figures)> FiguresEndingBetween(DateOnly from, DateOnly to)
    {
        using var connection = database.Open();
        using var reader = connection.ExecuteReader("""
                SELECT m.indicator_id, m.period, m.value, m.target, m.reported_rag, m.reported_direction, NULL, NULL, m.source
                FROM indicators i CROSS JOIN measurements m
                WHERE m.indicator_id = i.id AND m.period_end >= @from AND m.period_end <= @to
                ORDER BY m.indicator_id, m.period_end, m.period_start
                """, new { from = Iso(from), to = Iso(to) });
        foreach (var figures in ByIndicator(reader)) yield return figures;
    }

    /// <summary>
    /// Rows of indicator_id then the columns <see cref="ReadMeasurement"/> reads, ordered by indicator, as each
    /// indicator's figures in turn: 10,000 indicators' figures are never all in memory. Read by hand rather than mapped:
    /// a Monday's digests read 140,000 of these rows at 10,000 indicators, and mapping through records cost three times
    /// the query.
    /// </summary>
    private static IEnumerable<(long IndicatorId, List<Measurement> Figures)> ByIndicator(System.Data.IDataReader reader)
    {
        // One copy of each source text: rows share a handful, and the question index keeps these statuses for its lifetime.
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        long current = 0;
        List<Measurement>? list = null;
        while (reader.Read())
        {
            var indicatorId = reader.GetInt64(0);
            if (list is null || indicatorId != current)
            {
                if (list is not null) yield return (current, list);
                current = indicatorId;
                list = [];
            }
            list.Add(ReadMeasurement(reader, 1, sources));
        }
        if (list is not null) yield return (current, list);
    }

    /// <summary>
    /// A measurement from a row whose columns, from <paramref name="at"/>, are period, value, target, reported_rag,
    /// reported_direction, commentary, actions and source; with <paramref name="sharedSources"/>, equal source texts
    /// become one string.
    /// </summary>
    private static Measurement ReadMeasurement(System.Data.IDataReader reader, int at, Dictionary<string, string>? sharedSources = null)
    {
        string? Text(int column) => reader.IsDBNull(at + column) ? null : reader.GetString(at + column);
        double? Number(int column) => reader.IsDBNull(at + column) ? null : reader.GetDouble(at + column);
        var source = Text(7);
        if (source is not null && sharedSources is not null)
            source = sharedSources.TryGetValue(source, out var same) ? same : sharedSources[source] = source;
        return new Measurement(
            Periods.GetOrAdd(reader.GetString(at), Period.Parse),
            Number(1),
            Number(2),
            Words.TryRag(Text(3), out var rag) ? rag : null,
            Words.TryDirection(Text(4), out var direction) ? direction : null,
            Text(5),
            Text(6),
            source);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The statuses of one committee's indicators, reading only their measurements for periods ended by the date: a
    /// digest of 200 indicators in a 10,000-indicator store reads its 200 histories, not all of them.
    /// </summary>
    public IReadOnlyList<IndicatorStatus> StatusesOfCommittee(long committeeId, DateOnly asOf) =>
        StatusesOf(Indicators(committeeId), asOf, committeeId);

    private static Indicator ToIndicator(IndicatorRow r, IReadOnlyList<string> aliases, IReadOnlyList<string> committees) => new(
        r.Id, r.Code, r.Name, r.ServiceArea, r.Unit,
        Words.TryFrequency(r.Frequency, out var frequency) ? frequency : null,
        Words.TryPolarity(r.Polarity, out var polarity) ? polarity : Polarity.None,
        r.PolarityReason, r.Owner, r.AmberTolerance, aliases, committees);

    // A store holds a few hundred distinct period labels and reads them millions of times: parse each once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Period> Periods = new(StringComparer.Ordinal);
}
