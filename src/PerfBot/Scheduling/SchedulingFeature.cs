using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfBot.Store;
using Quartz;

namespace PerfBot.Scheduling;

/// <summary>
/// Quartz with its persistent job store in the store's own database (tables from migration 0004, only validated here):
/// <c>AddScheduling()</c>. Features add their jobs with <c>AddJobSchedule&lt;T&gt;()</c> and <c>AddJob&lt;T&gt;()</c>.
/// In <c>perfbot serve</c> the scheduler runs with the host (unless Schedule:Enabled is false) and the host waits for
/// running jobs when it stops; the verbs read and update the same job store without starting it.
/// </summary>
public static class SchedulingFeature
{
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration, Database database)
    {
        services.AddOptions<ScheduleOptions>().BindConfiguration(ScheduleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ScheduleSync>();
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
        if (configuration.GetValue($"{ScheduleOptions.Section}:Enabled", true))
        {
            // Registered before Quartz's own hosted service, so the jobs are in the store before the scheduler starts.
            services.AddHostedService<SchedulingStartup>();
            services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
            services.AddHealthChecks().AddQuartz(_ => { }); // /healthz reports a scheduler that stopped or is falling behind
        }
        return services;
    }

    public static IServiceCollection AddJobSchedule<T>(this IServiceCollection services) where T : class, IJobSchedule
    {
        services.AddSingleton<IJobSchedule, T>();
        return services;
    }

    public static IServiceCollection AddJob<T>(this IServiceCollection services) where T : class, IJob
    {
        services.TryAddTransient<T>();
        return services;
    }
}
