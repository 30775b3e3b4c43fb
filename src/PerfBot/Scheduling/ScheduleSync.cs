using Microsoft.Extensions.Options;
using PerfBot.Council;
using Quartz;

namespace PerfBot.Scheduling;

/// <summary>
/// Puts every feature's jobs (<see cref="IJobSchedule"/>) into the persistent job store, the one way jobs get there. A
/// trigger that already fires as wanted is left alone; a job nobody wants any more (a committee removed) is deleted.
/// </summary>
public sealed class ScheduleSync(IEnumerable<IJobSchedule> schedules, IOptions<ScheduleOptions> options, TimeProvider clock)
{
    public IReadOnlyList<ScheduledJob> Wanted() => schedules.SelectMany(s => s.Jobs()).ToList();

    public async Task SyncAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var wanted = Wanted();
        var window = options.Value.CatchUpWindow;
        foreach (var job in wanted)
        {
            if (Triggers.Matches(await scheduler.GetTrigger(job.Trigger, cancellationToken), job, window)) continue;
            await scheduler.ScheduleJob(job.Detail, [Triggers.For(job, window, clock)], new ScheduleJobOptions { Replace = true }, cancellationToken);
        }
        var keep = wanted.Select(j => j.Detail.Key).ToHashSet();
        foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken))
            if (!keep.Contains(key)) await scheduler.DeleteJob(key, cancellationToken);
    }

    internal static string Describe(DateTimeOffset? utc, string timeZone) => utc is not { } t ? "never"
        : CouncilCulture.DateAndTime(TimeZoneInfo.ConvertTime(t, TimeZoneInfo.FindSystemTimeZoneById(timeZone)));
}
