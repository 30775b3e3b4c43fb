using Microsoft.Extensions.Options;
using PerfBot.Council;
using PerfBot.Scheduling;
using Quartz;

namespace PerfBot.Sync;

/// <summary>Daily at Sources:SyncTime (UK): imports the workbooks that changed since the last sync.</summary>
[DisallowConcurrentExecution]
public sealed class WorkbookSyncJob(WorkbookSync sync, ILogger<WorkbookSyncJob> log) : IJob
{
    public static readonly JobKey Key = new("workbook-sync", "perfbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var results = await sync.SyncAllAsync("daily schedule", cancellationToken);
        log.LogInformation("Workbook sync: {Imported} imported, {Unchanged} unchanged, {Failed} failed",
            results.Count(r => r.Outcome == WorkbookSync.Imported), results.Count(r => r.Outcome == WorkbookSync.Unchanged), results.Count(r => r.Outcome == WorkbookSync.Failed));
    }
}

/// <summary>The daily workbook sync, only when Sources:Workbooks lists any.</summary>
public sealed class WorkbookSyncJobSchedule(IOptions<WorkbookSourceOptions> options) : IJobSchedule
{
    public IEnumerable<ScheduledJob> Jobs() => options.Value.Workbooks.Count > 0 && options.Value.Cron is { } cron
        ? [new(JobBuilder.Create<WorkbookSyncJob>().WithIdentity(WorkbookSyncJob.Key).WithDescription("Imports the workbooks on SharePoint that changed").StoreDurably().Build(),
            cron, CouncilClock.ZoneId, MissedFire.RunOnceOnReturn)]
        : [];
}
