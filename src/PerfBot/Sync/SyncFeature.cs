using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PerfBot.Council;
using PerfBot.Conversations;
using PerfBot.Delivery;
using PerfBot.Graph;
using PerfBot.Scheduling;

namespace PerfBot.Sync;

/// <summary>Workbooks on SharePoint or OneDrive imported daily and on demand, with failures told to the data officers.</summary>
public static class SyncFeature
{
    public static IServiceCollection AddWorkbookSync(this IServiceCollection services)
    {
        services.AddGraph();
        services.AddOptions<WorkbookSourceOptions>().BindConfiguration(WorkbookSourceOptions.Section)
            .Validate(o => o.Cron is not null, "Sources:SyncTime must be a time such as 06:30.")
            .Validate(o => o.Workbooks.Select(w => w.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() == o.Workbooks.Count, "Sources:Workbooks names must differ.")
            .ValidateOnStart();
        services.TryAddTransient<GraphWorkbookReader>();
        services.TryAddSingleton<WorkbookSyncState>();
        services.TryAddTransient<WorkbookSync>();
        return services
            .AddOutboxRenderer<SyncFailure>(SyncFailureCard.Kind, SyncFailureCard.Build)
            // Only when workbooks are configured; daily, and a day missed while the service was down runs once on return.
            .AddScheduledJob<WorkbookSyncJob>(provider => provider.GetRequiredService<IOptions<WorkbookSourceOptions>>().Value is { Workbooks.Count: > 0, Cron: { } cron }
                ? ScheduledJob.Of<WorkbookSyncJob>(WorkbookSyncJob.Name, "Imports the workbooks on SharePoint that changed", cron, CouncilClock.ZoneId, MissedFire.RunOnceOnReturn)
                : null)
            .AddChatCommand<SyncNowCommand>();
    }
}
