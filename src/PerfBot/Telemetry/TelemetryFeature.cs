using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace PerfBot.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics, exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set (the standard variable;
/// an OpenTelemetry Collector forwards to Application Insights). Without an endpoint nothing is collected: spans and
/// measurements nobody receives cost every request CPU and memory.
/// </summary>
public static class TelemetryFeature
{
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPerfBotMetrics();
        if (string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) return services;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("perfbot"))
            .WithTracing(tracing => tracing.AddSource(PerfBotMetrics.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddOtlpExporter())
            .WithMetrics(metrics => metrics.AddMeter(PerfBotMetrics.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddOtlpExporter());
        return services;
    }

    /// <summary>The counters and timings PerfBot records; features that record them add this themselves.</summary>
    public static IServiceCollection AddPerfBotMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<PerfBotMetrics>();
        return services;
    }
}
