using PerfBot.Conversations;
using PerfBot.Committees;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PerfBot.Digests;
using PerfBot.Delivery;
using PerfBot.Scheduling;
using PerfBot.Store;
using PerfBot.Tests.Digests;
using PerfBot.Tests.Support;
using Quartz;

namespace PerfBot.Tests.Scheduling;

/// <summary>
/// The real scheduler over the real job store — in a SQLite file, or clustered in PostgreSQL — on a clock the test sets:
/// a Monday digest missed while the service was down goes out once when it comes back within a day, and is skipped
/// when it comes back later.
/// </summary>
public abstract class MissedDigestTests(StoreEngine engine) : IDisposable
{
    public sealed class OnSqlite() : MissedDigestTests(StoreEngine.Sqlite);

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres() : MissedDigestTests(StoreEngine.Postgres);

    private const string Channel = "19:people-and-health@thread.tacv2";
    private static readonly DateTimeOffset SundayBefore = DateTimeOffset.Parse("2025-10-05T12:00:00Z");
    private static readonly DateTimeOffset MondayFire = DateTimeOffset.Parse("2025-10-06T07:00:00Z"); // 08:00 BST

    private readonly TempStore _store = TempStore.WithDemoData(engine);
    private readonly CountingDelivery _delivery = new();

    private IHost Host(FakeTimeProvider clock, bool hosted)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(_store.Database);
        builder.Services.AddSingleton<IOutboxDelivery>(_delivery);
        builder.Services.AddSingleton<ICommitteeChannels>(new FixedChannels(Channel));
        builder.Configuration["Schedule:Enabled"] = hosted ? "true" : "false";
        builder.Services.AddStore(_store.Database).AddCommittees().AddDelivery(builder.Configuration)
            .AddScheduling(builder.Configuration, _store.Database).AddDigests();
        return builder.Build();
    }

    /// <summary>The service ran on the Sunday and put the Monday trigger in the job store, then went down.</summary>
    private async Task ScheduledOnSundayThenStopped()
    {
        using var host = Host(new FakeTimeProvider(SundayBefore), hosted: false);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await host.Services.GetRequiredService<ScheduleSync>().SyncAsync(scheduler, CancellationToken.None);
        Assert.Equal(MondayFire, (await scheduler.GetTrigger(Triggers.KeyOf(DigestJobSchedule.Key(1))))!.NextFireTimeUtc);
        await scheduler.Shutdown(waitForJobsToComplete: true);
    }

    private async Task<DateTimeOffset?> RunServiceAt(DateTimeOffset now, Func<bool> until, TimeSpan patience)
    {
        using var host = Host(new FakeTimeProvider(now), hosted: true);
        await host.StartAsync();
        var deadline = DateTime.UtcNow + patience;
        while (!until() && DateTime.UtcNow < deadline) await Task.Delay(100);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var next = (await scheduler.GetTrigger(Triggers.KeyOf(DigestJobSchedule.Key(1))))?.NextFireTimeUtc;
        await host.StopAsync();
        return next;
    }

    [Fact]
    public async Task Back_three_hours_late_sends_the_missed_digest_once_and_never_again()
    {
        await ScheduledOnSundayThenStopped();

        var next = await RunServiceAt(MondayFire.AddHours(3), () => _delivery.To(Channel) > 0, TimeSpan.FromSeconds(20));
        await RunServiceAt(MondayFire.AddHours(4), () => false, TimeSpan.FromSeconds(2)); // restarted the same morning

        Assert.Equal(1, _delivery.To(Channel));
        Assert.Equal(DateTimeOffset.Parse("2025-10-13T07:00:00Z"), next);
        var digest = StoredJson.Read<Digest>(_delivery.Delivered.Single().PayloadJson);
        Assert.Equal(new DateOnly(2025, 10, 6), digest.AsOf); // the scheduled Monday, not the hour it ran
        Assert.Equal(16, digest.Exceptions.Count());
    }

    [Fact]
    public async Task Back_more_than_a_day_late_skips_the_missed_digest_and_waits_for_next_week()
    {
        await ScheduledOnSundayThenStopped();

        var next = await RunServiceAt(MondayFire.AddHours(26), () => _delivery.To(Channel) > 0, TimeSpan.FromSeconds(4));

        Assert.Equal(0, _delivery.To(Channel));
        Assert.Equal(DateTimeOffset.Parse("2025-10-13T07:00:00Z"), next);
    }

    [Fact]
    public async Task The_job_store_is_clustered_with_an_instance_id_of_its_own_on_postgres_only()
    {
        using var host = Host(new FakeTimeProvider(SundayBefore), hosted: true);
        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var metadata = await scheduler.GetMetadata();
        await host.StopAsync();

        Assert.Equal(engine == StoreEngine.Postgres, metadata.JobStoreClustered);
        if (engine == StoreEngine.Postgres) Assert.NotEqual("NON_CLUSTERED", metadata.SchedulerInstanceId);
    }

    public void Dispose() => _store.Dispose();
}
