using PerfBot.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PerfBot.Scheduling;
using PerfBot.Testing;
using Quartz;

namespace PerfBot.Delivery;

/// <summary>
/// The one sending path for every message the bot sends unasked: stored in the outbox before it is sent, claimed with a
/// lease, sent, marked sent; swept on start and retried every few minutes.
/// </summary>
public static class DeliveryFeature
{
    public static IServiceCollection AddDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPerfBotMetrics();
        services.TryAddSingleton<FaultInjection>();
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(provider => new Outbox(provider.GetRequiredService<Store.Database>(), provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<DeliveryOptions>>().Value));
        services.TryAddTransient<OutboxSender>();
        services.TryAddSingleton<OutboxRenderers>();
        services.TryAddSingleton<IOutboxDelivery, TeamsOutboxDelivery>();
        services.AddJob<OutboxRetryJob>().AddJobSchedule<OutboxRetrySchedule>();
        if (configuration.GetValue($"{ScheduleOptions.Section}:Enabled", true)) services.AddHostedService<OutboxStartupSweep>();
        return services;
    }

    /// <summary>Teaches delivery how to rebuild one kind of stored message.</summary>
    public static IServiceCollection AddOutboxRenderer<T>(this IServiceCollection services) where T : class, IOutboxRenderer
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxRenderer, T>());
        return services;
    }
}

/// <summary>The outbox retry, at Schedule:OutboxRetryCron: a send that failed does not wait a week for the next run.</summary>
public sealed class OutboxRetrySchedule(IOptions<ScheduleOptions> options) : IJobSchedule
{
    public static readonly JobKey Key = new("outbox-retry", "perfbot");

    public IEnumerable<ScheduledJob> Jobs() =>
    [
        new(JobBuilder.Create<OutboxRetryJob>().WithIdentity(Key).WithDescription("Retry of unsent digests and alerts").Build(),
            options.Value.OutboxRetryCron, options.Value.TimeZone, MissedFire.CatchUpWithinWindow),
    ];
}
