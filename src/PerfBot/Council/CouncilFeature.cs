using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PerfBot.Council;

public static class CouncilFeature
{
    /// <summary>The machine's clock (tests put a FakeTimeProvider first) and the council's reading of it.</summary>
    public static IServiceCollection AddCouncilClock(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CouncilClock>();
        return services;
    }
}
