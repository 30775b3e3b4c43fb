using System.Data;
using Dapper;

namespace PerfBot.Store;

/// <summary>
/// The figures each digest and brief showed, recorded when it is composed; whether it reached anyone is the outbox's to
/// say. Lets a committee's next digest name a figure corrected after members saw it.
/// </summary>
public static class PublishedFigures
{
    public sealed record Figure(string Code, string Period, double? Value);

    /// <summary>A correction of a figure a committee had already been sent, in a digest or a brief.</summary>
    public sealed record Correction(string Code, string Name, string? Unit, string Period, string Field, double? Previous, double? Now,
        DateTimeOffset CorrectedAt, string? CorrectedBy, string? FileName);

    public static void RecordDigest(IDbConnection connection, IDbTransaction transaction, long committeeId, long digestId, IEnumerable<Figure> figures, DateTimeOffset at) =>
        Record(connection, transaction, committeeId, $"digest:{digestId}", digestId, null, figures, at);

    public static void RecordBrief(IDbConnection connection, IDbTransaction? transaction, long committeeId, string briefingId, IEnumerable<Figure> figures, DateTimeOffset at) =>
        Record(connection, transaction, committeeId, $"brief:{briefingId}", null, briefingId, figures, at);

    private static void Record(IDbConnection connection, IDbTransaction? transaction, long committeeId, string publication, long? digestId, string? briefingId,
        IEnumerable<Figure> figures, DateTimeOffset at) =>
        connection.Execute("""
            INSERT INTO published_figures (committee_id, indicator_id, period, publication, digest_id, briefing_id, value, composed_at)
            SELECT @committeeId, i.id, @Period, @publication, @digestId, @briefingId, @Value, @at FROM indicators i WHERE i.code = @Code
            ON CONFLICT DO NOTHING
            """, figures.Select(f => new { committeeId, f.Code, f.Period, publication, digestId, briefingId, f.Value, at = StoredTime.Of(at) }), transaction);

    /// <summary>
    /// Corrections made after <paramref name="since"/> to figures this committee had been sent before the correction — a
    /// digest or brief shown the old figure and marked sent in the outbox — oldest first.
    /// </summary>
    public static IReadOnlyList<Correction> CorrectedSince(Database database, long committeeId, DateTimeOffset since)
    {
        using var connection = database.Open();
        return connection.Query<Row>("""
                SELECT i.code, i.name, i.unit, k.period, k.field, k.previous_value, k.new_value, k.corrected_at, k.corrected_by, k.file_name
                FROM measurement_corrections k JOIN indicators i ON i.id = k.indicator_id
                WHERE k.corrected_at > @since
                  AND EXISTS (
                    SELECT 1 FROM published_figures p JOIN outbox o ON o.digest_id = p.digest_id OR o.subject_id = p.briefing_id
                    WHERE p.committee_id = @committeeId AND p.indicator_id = k.indicator_id AND p.period = k.period
                      AND o.sent_at IS NOT NULL AND o.sent_at < k.corrected_at)
                ORDER BY k.corrected_at, k.id
                """, new { committeeId, since = StoredTime.Of(since) })
            .Select(r => new Correction(r.Code, r.Name, r.Unit, r.Period, r.Field, r.PreviousValue, r.NewValue, StoredTime.Parse(r.CorrectedAt), r.CorrectedBy, r.FileName))
            .ToList();
    }

    private sealed record Row(string Code, string Name, string? Unit, string Period, string Field, double? PreviousValue, double? NewValue,
        string CorrectedAt, string? CorrectedBy, string? FileName);
}
