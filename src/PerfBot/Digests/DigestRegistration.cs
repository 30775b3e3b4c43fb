using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfBot.Alerts;
using PerfBot.Committees;
using PerfBot.Digests.Delivery;
using PerfBot.Store;
using PerfBot.Testing;

namespace PerfBot.Digests;

/// <summary>Digests and their outbox in the container: <c>AddDigests()</c>. Delivery (the Teams channel) is registered with it.</summary>
public static class DigestRegistration
{
    public static IServiceCollection AddDigests(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IndicatorRepository>();
        services.TryAddSingleton<CommitteeRepository>();
        services.TryAddSingleton<FaultInjection>();
        services.TryAddSingleton<Outbox>();
        services.TryAddSingleton<DigestStore>();
        services.TryAddSingleton<DigestBuilder>();
        services.TryAddTransient<OutboxSender>();
        services.TryAddTransient<DigestDispatcher>();
        services.TryAddSingleton<AlertStore>();
        services.TryAddTransient<AlertDispatcher>();
        services.TryAddTransient<AlertConversation>();
        return services;
    }
}
