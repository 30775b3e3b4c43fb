using PerfBot.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PerfBot.Scheduling;
using PerfBot.Testing;

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
        // A send that failed does not wait a week for the next run.
        services.AddScheduledJob<OutboxRetryJob>(provider => provider.GetRequiredService<IOptions<ScheduleOptions>>().Value is var o
            ? ScheduledJob.Of<OutboxRetryJob>(OutboxRetryJob.Name, "Retry of unsent digests, alerts and briefs", o.OutboxRetryCron, o.TimeZone, MissedFire.CatchUpWithinWindow) : null);
        if (configuration.GetValue($"{ScheduleOptions.Section}:Enabled", true)) services.AddHostedService<OutboxStartupSweep>();
        return services;
    }

    /// <summary>Teaches delivery how to rebuild one kind of stored message.</summary>
    public static IServiceCollection AddOutboxRenderer<T>(this IServiceCollection services) where T : class, IOutboxRenderer
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxRenderer, T>());
        return services;
    }

    /// <summary>Messages of this kind carry a <typeparamref name="T"/> as JSON and are drawn by <paramref name="card"/>.</summary>
    public static IServiceCollection AddOutboxRenderer<T>(this IServiceCollection services, string kind, Func<T, Cards.AdaptiveCard> card)
    {
        services.AddSingleton<IOutboxRenderer>(new OutboxRenderer<T>(kind, card));
        return services;
    }
}
