using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfBot.Links;

namespace PerfBot.Charts;

public static class ChartsFeature
{
    /// <summary>Trend charts, drawn once per content; <c>MapCharts()</c> serves them by link.</summary>
    public static IServiceCollection AddCharts(this IServiceCollection services)
    {
        services.AddLinks();
        services.TryAddSingleton<ChartCache>();
        services.TryAddSingleton<ChartLinks>();
        return services;
    }
}
