using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PerfBot.Store;

namespace PerfBot.Hosting;

/// <summary>Healthy when the store answers a query.</summary>
internal sealed class StoreHealthCheck(Database database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = database.Open();
            var committees = connection.ExecuteScalar<long>("SELECT count(*) FROM committees");
            return Task.FromResult(HealthCheckResult.Healthy($"store answers ({committees} committees)"));
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the store does not answer", e));
        }
    }
}
