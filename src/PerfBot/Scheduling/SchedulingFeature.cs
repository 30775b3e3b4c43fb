using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfBot.Store;
using Quartz;

namespace PerfBot.Scheduling;

/// <summary>
/// Quartz with its persistent job store in the store's own database (tables from migration 0004, only validated here):
/// <c>AddScheduling()</c>. On SQLite one process runs the scheduler; on PostgreSQL every instance joins one cluster, each
/// with its own instance id, so a Monday's digest fires once across them and a dead instance's recoverable jobs run on
/// another. Features add their jobs with <c>AddJobSchedule&lt;T&gt;()</c> and <c>AddJob&lt;T&gt;()</c>.
/// In <c>perfbot serve</c> the scheduler runs with the host (unless Schedule:Enabled is false) and the host waits for
/// running jobs when it stops; the verbs read and update the same job store without starting it.
/// </summary>
public static class SchedulingFeature
{
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration, Database database)
    {
        services.AddOptions<ScheduleOptions>().BindConfiguration(ScheduleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ScheduleSync>();
        var checkin = configuration.GetValue($"{ScheduleOptions.Section}:{nameof(ScheduleOptions.ClusterCheckinInterval)}", new ScheduleOptions().ClusterCheckinInterval);
        services.AddQuartz(quartz =>
        {
            quartz.AddJobListener<RecoveredJobsLog>([GroupMatcher<JobKey>.AnyGroup()]);
            // Each process of a cluster needs its own instance id (Quartz's AUTO: the host name and the time).
            if (database.Engine == StoreEngine.Postgres) quartz.ConfigureScheduler(scheduler => scheduler.GenerateInstanceId = true);
            quartz.UsePersistentStore(store =>
            {
                if (database.Engine == StoreEngine.Postgres)
                {
                    // The store's own pool, so Quartz signs in as PerfBot does (a token from Entra ID where that is chosen).
                    store.UsePostgres(source => source.DataSourceFactory = _ => database.DataSource);
                    // An instance that stops checking in is taken for dead after about the interval plus 7.5 s; its jobs
                    // that ask for recovery run again on another.
                    store.UseClustering(clustering => clustering.CheckinInterval = checkin);
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
        if (configuration.GetValue($"{ScheduleOptions.Section}:Enabled", true))
        {
            // Registered before Quartz's own hosted service, so the jobs are in the store before the scheduler starts.
            services.AddHostedService<SchedulingStartup>();
            services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
            services.AddHealthChecks().AddQuartz(_ => { }); // /healthz reports a scheduler that stopped or is falling behind
        }
        return services;
    }

    /// <summary>A job whose triggers a feature works out (one per committee, say).</summary>
    public static IServiceCollection AddJobs<TJob, TSchedule>(this IServiceCollection services) where TJob : class, IJob where TSchedule : class, IJobSchedule
    {
        services.TryAddTransient<TJob>();
        services.AddSingleton<IJobSchedule, TSchedule>();
        return services;
    }

    /// <summary>A single job, as configuration says it should run now; null from <paramref name="wanted"/> means not scheduled.</summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services, Func<IServiceProvider, ScheduledJob?> wanted) where TJob : class, IJob
    {
        services.TryAddTransient<TJob>();
        services.AddSingleton<IJobSchedule>(provider => new OneJob(() => wanted(provider)));
        return services;
    }

    private sealed class OneJob(Func<ScheduledJob?> wanted) : IJobSchedule
    {
        public IEnumerable<ScheduledJob> Jobs() => wanted() is { } job ? [job] : [];
    }
}
