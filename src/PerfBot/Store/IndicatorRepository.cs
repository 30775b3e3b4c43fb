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

    private sealed record BenchmarkRow(string Period, string Kind, double Value, string? Source);

    public IReadOnlyList<Indicator> Indicators()
    {
        using var connection = database.Open();
        var aliases = connection.Query<(long Id, string Alias)>("SELECT indicator_id, alias FROM indicator_aliases ORDER BY alias")
            .ToLookup(a => a.Id, a => a.Alias);
        var committees = connection.Query<(long Id, string Name)>("""
            SELECT ic.indicator_id, c.name FROM indicator_committees ic JOIN committees c ON c.id = ic.committee_id ORDER BY c.name
            """).ToLookup(c => c.Id, c => c.Name);
        return connection.Query<IndicatorRow>("""
                SELECT id, code, name, service_area, unit, frequency, polarity, polarity_reason, owner, amber_tolerance
                FROM indicators ORDER BY service_area, name
                """)
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
    public IReadOnlyList<IndicatorStatus> Statuses(DateOnly asOf)
    {
        var measurements = AllMeasurements();
        return Indicators().Select(i => StatusAssessor.Assess(i, measurements[i.Id].ToList(), null, asOf)).ToList();
    }

    private static Indicator ToIndicator(IndicatorRow r, IReadOnlyList<string> aliases, IReadOnlyList<string> committees) => new(
        r.Id, r.Code, r.Name, r.ServiceArea, r.Unit,
        Words.TryFrequency(r.Frequency, out var frequency) ? frequency : null,
        Words.TryPolarity(r.Polarity, out var polarity) ? polarity : Polarity.None,
        r.PolarityReason, r.Owner, r.AmberTolerance, aliases, committees);

    private static Measurement ToMeasurement(MeasurementRow r) => new(
        Period.Parse(r.Period), r.Value, r.Target,
        Words.TryRag(r.ReportedRag, out var rag) ? rag : null,
        Words.TryDirection(r.ReportedDirection, out var direction) ? direction : null,
        r.Commentary, r.Actions, r.Source);
}
