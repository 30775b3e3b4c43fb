using PerfBot.Scheduling;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PerfBot.Briefings;
using PerfBot.Calendar;
using PerfBot.Store;
using Quartz;

namespace PerfBot.Tests.Briefings;

/// <summary>The briefing job run by a real Quartz scheduler (in memory), its dependencies from DI as the host gives them.</summary>
public sealed class BriefsDueJobTests : IDisposable
{
    private readonly DemoStore store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task Quartz_runs_the_briefing_job_and_the_chair_gets_the_brief_once()
    {
        var delivery = new RecordingDelivery();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 14, 7, 0, 0, TimeSpan.Zero));
        new CommitteeBriefingSettingsStore(store.Database).Save(new CommitteeBriefingSettings(store.PeopleAndHealth.Id, ChairAadObjectId: "chair-oid", TenantId: "tenant"));
        var services = new ServiceCollection()
            .AddBriefingsOver(store.Database, clock, delivery)
            .AddQuartz(new Dictionary<string, string?> { ["quartz.scheduler.instanceName"] = $"briefings-test-{Guid.NewGuid():N}" }, _ => { });
        await using var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var job = provider.GetServices<IJobSchedule>().SelectMany(s => s.Jobs()).Single(j => j.Detail.Key.Name == BriefsDueJob.Name);
        await scheduler.ScheduleJob(job.Detail, Triggers.For(job, TimeSpan.FromDays(1), clock));
        await scheduler.Start();

        await scheduler.TriggerJob(job.Detail.Key);
        await scheduler.TriggerJob(job.Detail.Key);
        for (var i = 0; i < 200 && delivery.Sent.IsEmpty; i++) await Task.Delay(50);
        // Both triggered runs finish before the count is read; [DisallowConcurrentExecution] runs them one after the other.
        await scheduler.Shutdown(waitForJobsToComplete: true);

        var (to, message) = Assert.Single(delivery.Sent);
        Assert.Equal("chair-oid", to);
        Assert.Equal(new DateOnly(2026, 1, 21), RecordingDelivery.BriefOf(provider, message).Brief.Meeting);
    }
}
