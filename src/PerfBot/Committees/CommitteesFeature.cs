using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PerfBot.Committees;

public static class CommitteesFeature
{
    public static IServiceCollection AddCommittees(this IServiceCollection services)
    {
        services.TryAddSingleton<CommitteeRepository>();
        return services;
    }
}
