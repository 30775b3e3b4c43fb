using Dapper;
using PerfBot.Store;

namespace PerfBot.Briefings;

/// <summary>A committee's briefing settings; defaults where it has none stored.</summary>
public sealed record CommitteeBriefingSettings(
    long CommitteeId,
    int WorkingDaysBefore = WorkingDays.DefaultBeforeMeeting,
    bool PostToChannel = false,
    string? ChairAadObjectId = null,
    string? TenantId = null,
    string? CalendarGroupId = null,
    string? CalendarSubjectPattern = null);

/// <summary>The briefing_settings table.</summary>
public sealed class CommitteeBriefingSettingsStore(Database database)
{
    private sealed record Row(long CommitteeId, long WorkingDaysBefore, long PostToChannel, string? ChairAadObjectId, string? TenantId,
        string? CalendarGroupId, string? CalendarSubjectPattern);

    private const string Select = """
        SELECT committee_id, working_days_before, post_to_channel, chair_aad_object_id, tenant_id, calendar_group_id, calendar_subject_pattern
        FROM briefing_settings
        """;

    public CommitteeBriefingSettings For(long committeeId)
    {
        using var connection = database.Open();
        var row = connection.QuerySingleOrDefault<Row>($"{Select} WHERE committee_id = @committeeId", new { committeeId });
        return row is null ? new CommitteeBriefingSettings(committeeId) : ToSettings(row);
    }

    public IReadOnlyList<CommitteeBriefingSettings> All()
    {
        using var connection = database.Open();
        return connection.Query<Row>($"{Select} ORDER BY committee_id").Select(ToSettings).ToList();
    }

    public void Save(CommitteeBriefingSettings s)
    {
        using var connection = database.Open();
        connection.Execute("""
            INSERT INTO briefing_settings (committee_id, working_days_before, post_to_channel, chair_aad_object_id, tenant_id, calendar_group_id, calendar_subject_pattern)
            VALUES (@CommitteeId, @WorkingDaysBefore, @PostToChannel, @ChairAadObjectId, @TenantId, @CalendarGroupId, @CalendarSubjectPattern)
            ON CONFLICT (committee_id) DO UPDATE SET
                working_days_before = excluded.working_days_before, post_to_channel = excluded.post_to_channel,
                chair_aad_object_id = excluded.chair_aad_object_id, tenant_id = excluded.tenant_id,
                calendar_group_id = excluded.calendar_group_id, calendar_subject_pattern = excluded.calendar_subject_pattern
            """,
            new { s.CommitteeId, s.WorkingDaysBefore, PostToChannel = s.PostToChannel ? 1 : 0, s.ChairAadObjectId, s.TenantId, s.CalendarGroupId, s.CalendarSubjectPattern });
    }

    private static CommitteeBriefingSettings ToSettings(Row r) => new(
        r.CommitteeId, (int)r.WorkingDaysBefore, r.PostToChannel != 0, r.ChairAadObjectId, r.TenantId, r.CalendarGroupId, r.CalendarSubjectPattern);
}
