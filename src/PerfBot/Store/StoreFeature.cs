using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PerfBot.Store;

public static class StoreFeature
{
    /// <summary>The store PerfBot was started on (already migrated by <see cref="StoreOpener"/>) and its indicator reads.</summary>
    public static IServiceCollection AddStore(this IServiceCollection services, Database database)
    {
        services.TryAddSingleton(database);
        services.TryAddSingleton<IndicatorRepository>();
        services.TryAddSingleton<StoreChanges>();
        // Hosted services run only in `perfbot serve`: a verb's host is never started.
        if (database.Engine == StoreEngine.Postgres) services.AddHostedService<StoreChangeListener>();
        return services;
    }
}
