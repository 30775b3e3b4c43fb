using PerfBot.Council;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PerfBot.Conversations;
using PerfBot.Delivery;
using PerfBot.Scheduling;
using Quartz;

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
            .AddOutboxRenderer<AlertOutbox>()
            .AddJob<OfficerAlertJob>().AddJobSchedule<AlertJobSchedule>()
            .AddChatCommand<AlertChatCommand>();
    }
}

/// <summary>The weekly alert job, at Schedule:AlertCron.</summary>
public sealed class AlertJobSchedule(IOptions<ScheduleOptions> options) : IJobSchedule
{
    public static readonly JobKey Key = new("officer-alerts", "perfbot");

    public IEnumerable<ScheduledJob> Jobs() =>
    [
        new(JobBuilder.Create<OfficerAlertJob>().WithIdentity(Key).WithDescription("Weekly officer alerts").RequestRecovery().Build(),
            options.Value.AlertCron, options.Value.TimeZone, MissedFire.CatchUpWithinWindow),
    ];
}
