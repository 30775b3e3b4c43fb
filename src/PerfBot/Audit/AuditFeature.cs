using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PerfBot.Audit;

/// <summary>The audit trail of what officers did to the store and what was refused them.</summary>
public static class AuditFeature
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.TryAddSingleton<AuditLog>();
        services.TryAddSingleton<AuditedImport>();
        return services;
    }
}
