using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PerfBot.Store;

namespace PerfBot.Hosting;

/// <summary>GET /healthz (alive: the store answers, the scheduler runs) and GET /readyz (the schema is this build's).</summary>
public static class HealthFeature
{
    private const string Ready = "ready";

    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .Add(new HealthCheckRegistration("store", sp => new StoreCheck(sp.GetRequiredService<Database>(), StoreCheck.Answers), null, null))
            .Add(new HealthCheckRegistration("schema", sp => new StoreCheck(sp.GetRequiredService<Database>(), StoreCheck.SchemaIsCurrent), null, [Ready]));
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = check => !check.Tags.Contains(Ready) });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        return endpoints;
    }
}
