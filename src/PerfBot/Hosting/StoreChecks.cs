using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PerfBot.Store;

namespace PerfBot.Hosting;

/// <summary>A health check that asks the store one question; a store that does not answer is unhealthy.</summary>
internal sealed class StoreCheck(Database database, Func<DbConnection, HealthCheckResult> ask) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = database.Open();
            return Task.FromResult(ask(connection));
        }
        catch (Exception e) when (e is DbException or IOException or InvalidOperationException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the store does not answer", e));
        }
    }

    /// <summary>Alive: the store answers a query.</summary>
    public static HealthCheckResult Answers(DbConnection connection) =>
        HealthCheckResult.Healthy($"store answers ({connection.ExecuteScalar<long>("SELECT count(*) FROM committees")} committees)");

    /// <summary>Ready: the schema is the one this build expects, so a half-migrated store takes no traffic.</summary>
    public static HealthCheckResult SchemaIsCurrent(DbConnection connection)
    {
        var applied = connection.ExecuteScalar<long?>("SELECT max(number) FROM schema_migrations") ?? 0;
        var expected = Migrator.Latest;
        return applied == expected
            ? HealthCheckResult.Healthy($"schema at migration {applied}")
            : HealthCheckResult.Unhealthy($"schema at migration {applied}, this build expects {expected}");
    }
}
