using Dapper;
using Microsoft.Data.Sqlite;
using PerfBot.Indicators;

namespace PerfBot.Store;

/// <summary>Reads indicators, their measurements and benchmarks from the store.</summary>
public sealed class IndicatorRepository(Database database)
{
    private sealed record IndicatorRow(long Id, string Code, string Name, string? ServiceArea, string? Unit, string? Frequency,
        string Polarity, string? PolarityReason, string? Owner, double? AmberTolerance);

    private sealed record MeasurementRow(long IndicatorId, string Period, double? Value, double? Target, string? ReportedRag,
        string? ReportedDirection, string? Commentary, string? Actions, string? Source);

    private sealed record FigureRow(long IndicatorId, string Period, double? Value, double? Target, string? ReportedRag, string? ReportedDirection, string? Source);

    private sealed record BenchmarkRow(string Period, string Kind, double Value, string? Source);

    public IReadOnlyList<Indicator> Indicators() => Indicators(committeeId: null);

    /// <param name="committeeId">Only the indicators this committee scrutinises; all when null.</param>
    public IReadOnlyList<Indicator> Indicators(long? committeeId)
    {
        using var connection = database.Open();
        const string OfCommittee = "(@committeeId IS NULL OR {0} IN (SELECT indicator_id FROM indicator_committees WHERE committee_id = @committeeId))";
        var aliases = connection.Query<(long Id, string Alias)>(
                $"SELECT indicator_id, alias FROM indicator_aliases WHERE {string.Format(OfCommittee, "indicator_id")} ORDER BY alias", new { committeeId })
            .ToLookup(a => a.Id, a => a.Alias);
        var committees = connection.Query<(long Id, string Name)>($"""
            SELECT ic.indicator_id, c.name FROM indicator_committees ic JOIN committees c ON c.id = ic.committee_id
            WHERE {string.Format(OfCommittee, "ic.indicator_id")} ORDER BY c.name
            """, new { committeeId }).ToLookup(c => c.Id, c => c.Name);
        return connection.Query<IndicatorRow>($"""
                SELECT id, code, name, service_area, unit, frequency, polarity, polarity_reason, owner, amber_tolerance
                FROM indicators WHERE {string.Format(OfCommittee, "id")} ORDER BY service_area, name
                """, new { committeeId })
            .Select(r => ToIndicator(r, aliases[r.Id].ToList(), committees[r.Id].ToList()))
            .ToList();
    }

    public IReadOnlyList<Measurement> Measurements(long indicatorId)
    {
        using var connection = database.Open();
        return connection.Query<MeasurementRow>("""
                SELECT indicator_id, period, value, target, reported_rag, reported_direction, commentary, actions, source
                FROM measurements WHERE indicator_id = @indicatorId ORDER BY period_end, period_start DESC
                """, new { indicatorId })
            .Select(ToMeasurement).ToList();
    }

    /// <summary>Every indicator's measurements, for lists and digests that look at all of them.</summary>
    public ILookup<long, Measurement> AllMeasurements()
    {
        using var connection = database.Open();
        return connection.Query<MeasurementRow>("""
                SELECT indicator_id, period, value, target, reported_rag, reported_direction, commentary, actions, source
                FROM measurements ORDER BY indicator_id, period_end, period_start DESC
                """)
            .ToLookup(r => r.IndicatorId, ToMeasurement);
    }

    public IReadOnlyList<Benchmark> Benchmarks(long indicatorId)
    {
        using var connection = database.Open();
        return connection.Query<BenchmarkRow>("SELECT period, kind, value, source FROM benchmarks WHERE indicator_id = @indicatorId", new { indicatorId })
            .Select(b => new Benchmark(Period.Parse(b.Period), Benchmark.ParseKind(b.Kind), b.Value, b.Source))
            .OrderBy(b => b.Period).ThenBy(b => b.Kind).ToList();
    }

    /// <summary>Each indicator's status at its latest period that had ended by the date.</summary>
    public IReadOnlyList<IndicatorStatus> Statuses(DateOnly asOf) => StatusesOf(Indicators(), asOf);

    /// <summary>The statuses of these indicators, from the figures a status needs (<see cref="RecentFigures"/>).</summary>
    public IReadOnlyList<IndicatorStatus> StatusesOf(IReadOnlyList<Indicator> indicators, DateOnly asOf, long? committeeId = null)
    {
        var figures = RecentFigures(asOf, committeeId);
        return indicators.Select(i => StatusAssessor.Assess(i, figures[i.Id].ToList(), null, asOf)).ToList();
    }

    /// <summary>
    /// The figures a status needs — the latest that had ended by the date, the previous period's and last year's — for
    /// every indicator or one committee's: thirteen months back from each indicator's latest, never ten years of
    /// history. Commentary and actions are not read; a status does not show them.
    /// </summary>
    private ILookup<long, Measurement> RecentFigures(DateOnly asOf, long? committeeId)
    {
        using var connection = database.Open();
        return connection.Query<FigureRow>("""
                WITH latest AS (
                    SELECT indicator_id, max(period_end) AS last_end
                    FROM measurements
                    WHERE period_end <= @asOf
                      AND (@committeeId IS NULL OR indicator_id IN (SELECT indicator_id FROM indicator_committees WHERE committee_id = @committeeId))
                    GROUP BY indicator_id)
                SELECT m.indicator_id, m.period, m.value, m.target, m.reported_rag, m.reported_direction, m.source
                FROM measurements m JOIN latest l ON l.indicator_id = m.indicator_id
                WHERE m.period_end <= l.last_end AND m.period_end >= date(l.last_end, '-13 months')
                ORDER BY m.indicator_id, m.period_end, m.period_start DESC
                """, new { committeeId, asOf = asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) })
            .ToLookup(r => r.IndicatorId, r => ToMeasurement(new MeasurementRow(r.IndicatorId, r.Period, r.Value, r.Target, r.ReportedRag, r.ReportedDirection, null, null, r.Source)));
    }

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

    private static Measurement ToMeasurement(MeasurementRow r) => new(
        Periods.GetOrAdd(r.Period, Period.Parse), r.Value, r.Target,
        Words.TryRag(r.ReportedRag, out var rag) ? rag : null,
        Words.TryDirection(r.ReportedDirection, out var direction) ? direction : null,
        r.Commentary, r.Actions, r.Source);
}
