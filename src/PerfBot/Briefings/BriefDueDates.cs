using PerfBot.Committees;

namespace PerfBot.Briefings;

/// <summary>When each meeting's brief is composed and sent: N working days before it.</summary>
public static class BriefDueDates
{
    public static DateOnly ComposeOn(Meeting meeting, CommitteeBriefingSettings settings) =>
        WorkingDays.Before(meeting.Date, settings.WorkingDaysBefore);

    /// <summary>
    /// The meetings whose brief is due today: the send day has come and the meeting has not. A brief missed on its day
    /// (the service was down) is still sent before the meeting, never after.
    /// </summary>
    public static IEnumerable<Meeting> Due(IEnumerable<Meeting> meetings, CommitteeBriefingSettings settings, DateOnly today) =>
        meetings.Where(m => m.Date > today && ComposeOn(m, settings) <= today);
}
