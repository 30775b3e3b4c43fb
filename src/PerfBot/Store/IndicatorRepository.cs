using Dapper;
using System.Data;
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

    /// <param name="committeeId">Only the indicators this committee scrutinises; all when null.</param>
    public IReadOnlyList<Indicator> Indicators(long? committeeId)
    {
        using var connection = database.Open();
        return IndicatorRows.Read(connection, committeeId);
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
    public (List<Measurement> History, bool EarlierHeld, List<Benchmark> Benchmarks) HistoryAndBenchmarks(long indicatorId, DateOnly? after = null) =>
        database.Prepared(AnswerSql, ("@indicatorId", DbType.Int64), ("@after", DbType.String))
            .Run([indicatorId, StoredDate.Of(after)], ReadAnswer);

    private const string AnswerSql = $"""
        {HistorySql};
        SELECT EXISTS (SELECT 1 FROM measurements WHERE indicator_id = @indicatorId AND period_end <= @after);
        {BenchmarksSql};
        {FigureProvenance.Sql};
        """;

    private static (List<Measurement>, bool, List<Benchmark>) ReadAnswer(DbDataReader reader)
    {
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
        var rows = Rows.Of(reader);
        while (rows.Next()) history.Add(MeasurementRows.Read(rows, 0, withCommentary: true));
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
        rows.Select(b => new Benchmark(MeasurementRows.PeriodOf(b.Period), Benchmark.ParseKind(b.Kind), b.Value, b.Source))
            .OrderBy(b => b.Period).ThenBy(b => b.Kind).ToList();

    /// <summary>Every indicator's benchmarks of one kind, in one query: for lists such as "worse than England".</summary>
    public ILookup<long, Benchmark> BenchmarksOfKind(BenchmarkKind kind)
    {
        using var connection = database.Open();
        return connection.Query<(long IndicatorId, string Period, double Value, string? Source)>(
                "SELECT indicator_id, period, value, source FROM benchmarks WHERE kind = @kind", new { kind = Benchmark.StoredKind(kind) })
            .ToLookup(b => b.IndicatorId, b => new Benchmark(MeasurementRows.PeriodOf(b.Period), kind, b.Value, b.Source));
    }

    /// <summary>Each indicator's status at its latest period that had ended by the date.</summary>
    public IReadOnlyList<IndicatorStatus> Statuses(DateOnly asOf) => StatusesOf(Indicators(), asOf);

    /// <summary>
    /// The statuses of these indicators at their latest periods ended by the date, from the figures the store keeps
    /// for each one's latest status (<see cref="LatestFigures"/>); an indicator whose latest figures ended after the date
    /// is assessed from its history before it (<see cref="RecentFigures"/>).
    /// </summary>
    public IReadOnlyList<IndicatorStatus> StatusesOf(IReadOnlyList<Indicator> indicators, DateOnly asOf) =>
        Assess(indicators, Figures(KeptFiguresSql, new { }), asOf, committeeId: null);

    /// <param name="kept">The kept figures of some or all of the indicators, by indicator.</param>
    private IReadOnlyList<IndicatorStatus> Assess(IReadOnlyList<Indicator> indicators, IEnumerable<(long IndicatorId, List<Measurement> Figures)> kept,
        DateOnly asOf, long? committeeId)
    {
        // Each indicator is assessed as soon as its rows are read: 100,000 indicators' figures are never all in memory.
        var byId = indicators.ToDictionary(i => i.Id);
        var assessed = new Dictionary<long, IndicatorStatus>(indicators.Count);
        var before = new HashSet<long>();
        foreach (var (indicatorId, figures) in kept)
        {
            if (!byId.TryGetValue(indicatorId, out var indicator)) continue;
            if (figures.Exists(f => f.Period.End > asOf)) before.Add(indicatorId);
            else assessed[indicatorId] = StatusAssessor.Assess(indicator, figures, null, asOf);
        }
        if (before.Count > 0)
            foreach (var (indicatorId, figures) in RecentFigures(asOf, committeeId))
                if (before.Contains(indicatorId))
                    assessed[indicatorId] = StatusAssessor.Assess(byId[indicatorId], figures, null, asOf);
        return indicators.Select(i => assessed.TryGetValue(i.Id, out var status) ? status : StatusAssessor.Assess(i, [], null, asOf)).ToList();
    }

    /// <summary>The kept figures of every indicator, grouped by indicator in id order.</summary>
    private const string KeptFiguresSql = $"""
        SELECT i.id, {MeasurementRows.StatusColumns}
        FROM indicators i CROSS JOIN latest_figures m
        WHERE m.indicator_id = i.id
        ORDER BY i.id
        """;

    private static (string Table, string Id, string InScope) Scope(long? committeeId) => committeeId is null
        ? ("indicators s", "s.id", "")
        : ("indicator_committees s", "s.indicator_id", "s.committee_id = @committeeId AND ");

    private IEnumerable<(long IndicatorId, List<Measurement> Figures)> Figures(string sql, object parameters)
    {
        using var connection = database.Open();
        using var reader = connection.ExecuteReader(sql, parameters);
        foreach (var figures in MeasurementRows.ByIndicator(reader)) yield return figures;
    }

    /// <summary>
    /// The figures a status needs — the latest that had ended by the date, the previous period's and last year's — for
    /// every indicator or one committee's: thirteen months back from each indicator's latest, never ten years of
    /// history. Commentary and actions are not read; a status does not show them.
    /// </summary>
    private IEnumerable<(long IndicatorId, List<Measurement> Figures)> RecentFigures(DateOnly asOf, long? committeeId)
    {
        // The indicators in scope in id order, each seeking its latest period's end and then its rows from thirteen
        // months before it on the (indicator, period end) key: the rows come out grouped by indicator with nothing to
        // sort (a status orders its figures itself), and one committee's read costs its own indicators. Ordering by
        // period too, or starting from a union of both scopes, made SQLite sort every row first, at twice the cost.
        // No row ends between the latest and the date, so the date is the upper bound and the latest is sought once.
        var (scope, id, inScope) = Scope(committeeId);
        var latest = $"(SELECT max(x.period_end) FROM measurements x WHERE x.indicator_id = {id} AND x.period_end <= @asOf)";
        return Figures($"""
                SELECT {id}, {MeasurementRows.StatusColumns}
                FROM {scope} CROSS JOIN measurements m
                WHERE {inScope}m.indicator_id = {id} AND m.period_end <= @asOf AND m.period_end >= {database.Sql.MonthsBefore(latest, 13)}
                ORDER BY {id}
                """, new { committeeId, asOf = StoredDate.Of(asOf) });
    }

    /// <summary>
    /// Every indicator's figures for periods ending from <paramref name="from"/> to <paramref name="to"/>: a range of
    /// each indicator's (indicator, period end) key, not a scan of every measurement held.
    /// </summary>
    public IEnumerable<(long IndicatorId, List<Measurement> Figures)> FiguresEndingBetween(DateOnly from, DateOnly to) =>
        Figures($"""
                SELECT i.id, {MeasurementRows.StatusColumns}
                FROM indicators i CROSS JOIN measurements m
                WHERE m.indicator_id = i.id AND m.period_end >= @from AND m.period_end <= @to
                ORDER BY i.id
                """, new { from = StoredDate.Of(from), to = StoredDate.Of(to) });

    /// <summary>
    /// The statuses of one committee's indicators, in id order, reading only theirs: a digest of
    /// 2,000 indicators in a 100,000-indicator store reads its 2,000 and their kept figures, in one query
    /// (<see cref="CommitteeFigures"/>). The statuses' indicators come without aliases or committee names, which a
    /// digest does not show.
    /// </summary>
    public IReadOnlyList<IndicatorStatus> StatusesOfCommittee(long committeeId, DateOnly asOf)
    {
        List<(Indicator Indicator, List<Measurement> Figures)> kept;
        using (var connection = database.Open())
        {
            if (database.Sql.DigestSession is { } session) connection.Execute(session);
            kept = CommitteeFigures.Read(connection, committeeId);
        }
        return Assess(kept.ConvertAll(k => k.Indicator), kept.Select(k => (k.Indicator.Id, k.Figures)), asOf, committeeId);
    }

    private static Indicator ToIndicator(IndicatorRow r, IReadOnlyList<string> aliases, IReadOnlyList<string> committees) => new(
        r.Id, r.Code, r.Name, r.ServiceArea, r.Unit,
        Words.TryFrequency(r.Frequency, out var frequency) ? frequency : null,
        Words.TryPolarity(r.Polarity, out var polarity) ? polarity : Polarity.None,
        r.PolarityReason, r.Owner, r.AmberTolerance, aliases, committees);
}
