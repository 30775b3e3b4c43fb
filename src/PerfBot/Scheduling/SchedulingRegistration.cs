using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfBot.Store;
using Quartz;

namespace PerfBot.Scheduling;

/// <summary>
/// Quartz with its persistent job store in the store's own SQLite file (tables from migration 0004, only validated
/// here): <c>AddScheduling()</c>. With <c>hosted</c>, the scheduler runs with the host, and the host waits for running
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
        services.AddQuartz(quartz => quartz.UsePersistentStore(store =>
        {
            store.UseSqlite(database.ConnectionString);
            store.UseSystemTextJsonSerializer(_ => { });
            store.ConfigureStore(options =>
            {
                options.TablePrefix = "QRTZ_";
                options.SchemaProvisioning = SchemaProvisioning.Validate;
                options.StoreJobDataAsStrings = true;
            });
        }));
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
