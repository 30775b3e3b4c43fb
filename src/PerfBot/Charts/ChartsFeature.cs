using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PerfBot.Charts;

public static class ChartsFeature
{
    /// <summary>Trend charts, drawn once per content; <c>MapCharts()</c> serves them by link.</summary>
    public static IServiceCollection AddCharts(this IServiceCollection services)
    {
        services.TryAddSingleton<ChartCache>();
        return services;
    }
}
