using Dapper;
using PerfBot.Store;

namespace PerfBot.Committees;

/// <summary>Reads committees, their meetings, forward plans and strategic risks from the store.</summary>
public sealed class CommitteeRepository(Database database)
{
    private sealed record CommitteeRow(long Id, string Name, string? Chair, string? ViceChair);
    private sealed record MeetingRow(long CommitteeId, string MeetingDate, string? Title, string Origin, string? Source);
    private sealed record PlanRow(long CommitteeId, string? MeetingDate, string Item, string? Detail, string? Source);
    private sealed record RiskRow(string Id, string Description, string? Rating, string? Trend, string? Source);

    public IReadOnlyList<Committee> Committees()
    {
        using var connection = database.Open();
        var members = connection.Query<(long Id, string Name)>("SELECT committee_id, name FROM committee_members ORDER BY role <> 'chair', role <> 'vice-chair', name")
            .ToLookup(m => m.Id, m => m.Name);
        return connection.Query<CommitteeRow>("SELECT id, name, chair, vice_chair FROM committees ORDER BY name")
            .Select(c => new Committee(c.Id, c.Name, c.Chair, c.ViceChair, members[c.Id].ToList()))
            .ToList();
    }

    public IReadOnlyList<Meeting> Meetings(long committeeId)
    {
        using var connection = database.Open();
        return connection.Query<MeetingRow>(
                "SELECT committee_id, meeting_date, title, origin, source FROM meetings WHERE committee_id = @committeeId ORDER BY meeting_date",
                new { committeeId })
            .Select(m => new Meeting(m.CommitteeId, DateOnly.Parse(m.MeetingDate), m.Title, m.Origin, m.Source))
            .ToList();
    }

    public Meeting? NextMeeting(long committeeId, DateOnly onOrAfter) =>
        Meetings(committeeId).FirstOrDefault(m => m.Date >= onOrAfter);

    public IReadOnlyList<ForwardPlanItem> ForwardPlan(long committeeId)
    {
        using var connection = database.Open();
        return connection.Query<PlanRow>(
                "SELECT committee_id, meeting_date, item, detail, source FROM forward_plan_items WHERE committee_id = @committeeId ORDER BY meeting_date, id",
                new { committeeId })
            .Select(p => new ForwardPlanItem(p.CommitteeId, p.MeetingDate is null ? null : DateOnly.Parse(p.MeetingDate), p.Item, p.Detail, p.Source))
            .ToList();
    }

    /// <summary>The strategic risks the committee follows: those linked to it, or to any of its indicators.</summary>
    public IReadOnlyList<StrategicRisk> Risks(long committeeId)
    {
        using var connection = database.Open();
        var links = connection.Query<(string RiskId, long IndicatorId)>("SELECT risk_id, indicator_id FROM risk_indicators").ToLookup(l => l.RiskId, l => l.IndicatorId);
        return connection.Query<RiskRow>("""
                SELECT DISTINCT r.id, r.description, r.rating, r.trend, r.source
                FROM strategic_risks r
                WHERE r.id IN (SELECT risk_id FROM risk_committees WHERE committee_id = @committeeId)
                   OR r.id IN (SELECT ri.risk_id FROM risk_indicators ri
                               JOIN indicator_committees ic ON ic.indicator_id = ri.indicator_id
                               WHERE ic.committee_id = @committeeId)
                ORDER BY r.id
                """, new { committeeId })
            .Select(r => new StrategicRisk(r.Id, r.Description, r.Rating, r.Trend, links[r.Id].ToList(), r.Source))
            .ToList();
    }
}
