using PerfBot.Council;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PerfBot.Conversations;
using PerfBot.Delivery;
using PerfBot.Scheduling;

namespace PerfBot.Alerts;

/// <summary>Officers' weekly alerts about the indicators they follow or own, and the chat commands that set them up.</summary>
public static class AlertsFeature
{
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddCouncilClock();
        services.TryAddSingleton<AlertStore>();
        services.TryAddTransient<AlertDispatcher>();
        services.TryAddTransient<AlertConversation>();
        return services
            .AddOutboxRenderer<OfficerAlert>(AlertStore.OutboxKind, AlertCard.Build)
            .AddScheduledJob<OfficerAlertJob>(provider => provider.GetRequiredService<IOptions<ScheduleOptions>>().Value is var o
                ? ScheduledJob.Of<OfficerAlertJob>(OfficerAlertJob.Name, "Weekly officer alerts", o.AlertCron, o.TimeZone, MissedFire.CatchUpWithinWindow) : null)
            .AddChatCommand<AlertChatCommand>();
    }
}
