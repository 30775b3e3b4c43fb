using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PerfBot.Store;

namespace PerfBot.Hosting;

/// <summary>Ready when the store's schema is the one this build expects: a half-migrated store must not take traffic.</summary>
internal sealed class ReadinessCheck(Database database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = database.Open();
            var applied = connection.ExecuteScalar<long?>("SELECT max(number) FROM schema_migrations") ?? 0;
            var expected = Migrator.Latest;
            return Task.FromResult(applied == expected
                ? HealthCheckResult.Healthy($"schema at migration {applied}")
                : HealthCheckResult.Unhealthy($"schema at migration {applied}, this build expects {expected}"));
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the store does not answer", e));
        }
    }
}
