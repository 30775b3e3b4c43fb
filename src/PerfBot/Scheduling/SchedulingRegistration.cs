using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfBot.Store;
using Quartz;

namespace PerfBot.Scheduling;

/// <summary>
/// Quartz with its persistent job store in the store itself (tables from migration 0004, only validated here):
/// <c>AddScheduling()</c>. On SQLite one process runs the scheduler; on PostgreSQL every instance joins one cluster, each
/// with its own instance id, so a Monday's digest fires once across them and a dead instance's jobs are recovered. With <c>hosted</c>, the scheduler runs with the host, and the host waits for running
/// jobs when it stops.
/// </summary>
public static class SchedulingRegistration
{
    public static IServiceCollection AddScheduling(this IServiceCollection services, Database database, bool hosted)
    {
        services.AddOptions<ScheduleOptions>().BindConfiguration(ScheduleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CommitteeSchedules>();
        services.TryAddSingleton<ScheduleSync>();
        services.TryAddTransient<DigestJob>();
        services.TryAddTransient<OfficerAlertJob>();
        services.TryAddTransient<OutboxRetryJob>();
        services.AddQuartz(quartz =>
        {
            // Each process of a cluster needs its own instance id (Quartz's AUTO: the host name and the time).
            if (database.Engine == StoreEngine.Postgres) quartz.ConfigureScheduler(scheduler => scheduler.GenerateInstanceId = true);
            quartz.UsePersistentStore(store =>
            {
                if (database.Engine == StoreEngine.Postgres)
                {
                    store.UsePostgres(database.ConnectionString);
                    store.UseClustering(_ => { });
                }
                else
                {
                    store.UseSqlite(database.ConnectionString);
                }
                store.UseSystemTextJsonSerializer(_ => { });
                store.ConfigureStore(options =>
                {
                    options.TablePrefix = "QRTZ_";
                    options.SchemaProvisioning = SchemaProvisioning.Validate;
                    options.StoreJobDataAsStrings = true;
                });
            });
        });
        if (hosted)
        {
            // Registered before Quartz's own hosted service, so the jobs are in the store before the scheduler starts.
            services.AddHostedService<SchedulingStartup>();
            services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
            services.AddHealthChecks().AddQuartz(_ => { }); // /healthz reports a scheduler that stopped or is falling behind
        }
        return services;
    }
}
