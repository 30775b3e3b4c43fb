using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace PerfBot.Hosting;

/// <summary>GET /healthz (alive: the store answers, the scheduler runs) and GET /readyz (the schema is this build's).</summary>
public static class HealthFeature
{
    private const string Ready = "ready";

    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store")
            .AddCheck<ReadinessCheck>("schema", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = check => !check.Tags.Contains(Ready) });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        return endpoints;
    }
}
