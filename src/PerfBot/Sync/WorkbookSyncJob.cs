using Quartz;

namespace PerfBot.Sync;

/// <summary>Daily at Sources:SyncTime (UK): imports the workbooks that changed since the last sync.</summary>
[DisallowConcurrentExecution]
public sealed class WorkbookSyncJob(WorkbookSync sync, ILogger<WorkbookSyncJob> log) : IJob
{
    public const string Name = "workbook-sync";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var results = await sync.SyncAllAsync("daily schedule", cancellationToken);
        log.LogInformation("Workbook sync: {Imported} imported, {Unchanged} unchanged, {Failed} failed",
            results.Count(r => r.Outcome == WorkbookSync.Imported), results.Count(r => r.Outcome == WorkbookSync.Unchanged), results.Count(r => r.Outcome == WorkbookSync.Failed));
    }
}
