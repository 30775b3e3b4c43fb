using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfBot.Graph;

namespace PerfBot.Roles;

/// <summary>Who may import, correct, write commentary and administer: data officers, indicator owners, administrators.</summary>
public static class RolesFeature
{
    public static IServiceCollection AddRoles(this IServiceCollection services)
    {
        services.AddGraph();
        services.AddOptions<RolesOptions>().BindConfiguration(RolesOptions.Section)
            // The binder fills arrays only from indexed keys (Roles__DataOfficers__0); also take one comma-separated value.
            .PostConfigure<IConfiguration>((roles, configuration) =>
            {
                if (configuration[$"{RolesOptions.Section}:{nameof(RolesOptions.DataOfficers)}"] is { Length: > 0 } officers)
                    roles.DataOfficers = [.. roles.DataOfficers, officers];
                if (configuration[$"{RolesOptions.Section}:{nameof(RolesOptions.Administrators)}"] is { Length: > 0 } administrators)
                    roles.Administrators = [.. roles.Administrators, administrators];
            })
            .Validate(o => o.GroupCacheLifetime >= TimeSpan.Zero, "Roles:GroupCacheLifetime must not be negative.")
            .ValidateOnStart();
        services.TryAddTransient<PeopleDirectory>();
        services.TryAddSingleton<DataOfficersGroup>();
        services.TryAddTransient<OfficerRoles>();
        services.TryAddSingleton<Refusals>();
        return services;
    }
}
