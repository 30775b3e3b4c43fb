using PerfBot.Scheduling;
using PerfBot.Briefings;
using PerfBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace PerfBot.Tests.Briefings;

public class BriefDueDatesTests
{
    [Fact]
    public async Task Serve_puts_the_daily_briefing_job_into_the_persistent_job_store_beside_the_digests()
    {
        await using var bot = await BotUnderTest.StartAsync(TempStore.WithDemoData(), settings: [("Schedule:Enabled", "true")]);
        var scheduler = await bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(new TriggerKey(BriefsDueJob.Name, ScheduledJob.Group)));
        Assert.Equal("Europe/London", trigger.TimeZone.Id);
        Assert.Equal(new BriefingOptions().Schedule, trigger.CronExpressionString);
        Assert.NotNull(await scheduler.GetJobDetail(new JobKey(BriefsDueJob.Name, ScheduledJob.Group)));
    }
}
