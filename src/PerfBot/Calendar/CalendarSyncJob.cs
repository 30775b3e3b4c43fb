using Microsoft.Extensions.Logging;
using Quartz;

namespace PerfBot.Calendar;

/// <summary>Daily: syncs each committee's meetings from its group calendar.</summary>
[DisallowConcurrentExecution]
public sealed class CalendarSyncJob(CalendarSync sync, ILogger<CalendarSyncJob> log) : IJob
{
    public const string Name = "calendar-sync";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var results = await sync.SyncAllAsync(cancellationToken);
        log.LogInformation("Calendar sync: {Ok} committee(s) synced, {Failed} failed.", results.Count(r => r.Ok), results.Count(r => !r.Ok));
    }
}
