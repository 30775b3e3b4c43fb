using PerfBot.Indicators;
using PerfBot.Council;

namespace PerfBot.Briefings;

/// <summary>
/// Judges an indicator overdue against the committee's own newest data rather than the calendar. Monthly returns lag
/// and committees meet every two or three months, so by the calendar most of a brief would be "stale"; what matters to
/// a chair is which indicators have fallen behind the rest. The absolute age is always stated in <see cref="Describe"/>.
/// </summary>
public static class CommitteeFreshness
{
    /// <summary>The newest period any of the committee's indicators holds, as of the brief's date.</summary>
    public static Period? Newest(IEnumerable<IndicatorStatus> statuses) =>
        statuses.Where(s => s.LatestPeriod is not null).Select(s => s.LatestPeriod).Max();

    /// <summary>
    /// The status with staleness re-judged: overdue when its latest period is <see cref="Staleness.DefaultPeriodsAllowed"/>
    /// or more of its own periods behind <paramref name="newest"/>.
    /// </summary>
    public static IndicatorStatus Rejudge(IndicatorStatus status, Period? newest)
    {
        if (status.LatestPeriod is not { } latest || newest is not { } n) return status with { IsStale = true, PeriodsBehind = int.MaxValue };
        var frequency = status.Indicator.Frequency ?? Staleness.FrequencyOf(latest.Kind);
        var behind = Staleness.PeriodsBehind(latest, frequency, n.End);
        return status with { PeriodsBehind = behind, IsStale = behind >= Staleness.DefaultPeriodsAllowed };
    }

    /// <summary>
    /// "Latest data Oct-25 (October 2025), three months before the meeting on 21 January 2026; 15 of 16 current
    /// indicators are at Q2 2025/26 (to Sep-25), four months before."
    /// </summary>
    public static Freshness Describe(IReadOnlyList<IndicatorStatus> current, DateOnly meeting)
    {
        var meetingText = CouncilCulture.Date(meeting);
        if (current.Count == 0)
            return new Freshness(null, null, null, [], $"No current data: none of the committee's indicators has a figure close to the newest for the meeting on {meetingText}.");
        var groups = current.GroupBy(s => s.LatestPeriod!.Value)
            .Select(g => new PeriodCount(g.Key.Label, g.Key.Describe(), g.Count(), DataAge.MonthsBetween(g.Key.End, meeting)))
            .OrderByDescending(p => p.Indicators).ThenBy(p => p.MonthsBeforeMeeting).ToList();
        var newest = current.Select(s => s.LatestPeriod!.Value).Max();
        var months = DataAge.MonthsBetween(newest.End, meeting);
        var text = $"Latest data {Label(newest)}, {Wording.Months(months)} before the meeting on {meetingText}";
        var most = groups[0];
        if (most.Period != newest.Label)
            text += $"; {most.Indicators} of {current.Count} current indicators are at {Label(Period.Parse(most.Period))}, {Wording.Months(most.MonthsBeforeMeeting)} before";
        else if (groups.Count > 1)
            text += $" ({most.Indicators} of {current.Count} current indicators)";
        return new Freshness(newest.Label, newest.End, months, groups, text + ".");
    }

    // A quarter or year says where it ends, so "four months" can be checked against it.
    private static string Label(Period p) => p.Kind == PeriodKind.Month ? p.Label : $"{p.Label} (to {Period.Month(p.End.Year, p.End.Month).Label})";
}
