using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace PerfBot.Hosting;

/// <summary>
/// Structured logs, OpenTelemetry traces and metrics. Exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set (the
/// standard variable; an OpenTelemetry Collector forwards to Application Insights). Without an endpoint nothing is
/// collected: spans and measurements nobody receives cost every request CPU and memory.
/// </summary>
public static class Telemetry
{
    public static WebApplicationBuilder AddPerfBotTelemetry(this WebApplicationBuilder builder)
    {
        // A service's output goes to a log collector, which wants one JSON object per line; a person at a terminal reads text.
        if (Console.IsOutputRedirected) builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);

        builder.Services.AddSingleton<PerfBotMetrics>();
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) return builder;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("perfbot"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(PerfBotMetrics.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddOtlpExporter();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(PerfBotMetrics.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddOtlpExporter();
            });
        return builder;
    }
}
