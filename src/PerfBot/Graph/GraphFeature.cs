using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PerfBot.Graph;

/// <summary>App-only Microsoft Graph for the features that read it (the data officers' group, workbook sync).</summary>
public static class GraphFeature
{
    public static IServiceCollection AddGraph(this IServiceCollection services)
    {
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section)
            .PostConfigure<IConfiguration>((graph, configuration) =>
            {
                if (graph.HasCredentials) return;
                var calendar = configuration.GetSection("Calendar:Graph");
                graph.TenantId ??= calendar["TenantId"];
                graph.ClientId ??= calendar["ClientId"];
                graph.ClientSecret ??= calendar["ClientSecret"];
                if (graph.AuthorityHost is null && Uri.TryCreate(calendar["AuthorityHost"], UriKind.Absolute, out var host)) graph.AuthorityHost = host;
            })
            .Validate(o => o.MaxRetries is >= 0 and <= 10, "Graph:MaxRetries must be between 0 and 10.")
            .Validate(o => o.Timeout > TimeSpan.Zero, "Graph:Timeout must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<GraphClients>();
        return services;
    }
}
