using PerfBot.Council;
using PerfBot.Scheduling;
using Quartz;

namespace PerfBot.Tests.Scheduling;

/// <summary>08:00 means 08:00 on the wall in the UK, either side of the last Sundays of March and October.</summary>
public class ClockChangeTests
{
    private static List<DateTimeOffset> Fires(string cron, DateTimeOffset from, int count)
    {
        var clock = new FakeTimeProvider(from);
        var trigger = Triggers.Cron(new TriggerKey("t"), new JobKey("j"), cron, CouncilClock.Zone, MissedFire.CatchUpWithinWindow, TimeSpan.FromDays(1), clock, "test");
        var fires = new List<DateTimeOffset>();
        for (DateTimeOffset? t = from; fires.Count < count;)
        {
            t = trigger.GetFireTimeAfter(t);
            fires.Add(t!.Value);
        }
        return fires;
    }

    [Fact]
    public void Monday_digests_stay_at_8am_local_across_the_spring_clock_change()
    {
        var fires = Fires("0 0 8 ? * MON", DateTimeOffset.Parse("2026-03-20T00:00:00Z"), 2);

        Assert.Equal([DateTimeOffset.Parse("2026-03-23T08:00:00Z"), DateTimeOffset.Parse("2026-03-30T07:00:00Z")], fires);
        Assert.All(fires, f => Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(f, CouncilClock.Zone).DateTime)));
    }

    [Fact]
    public void Monday_digests_stay_at_8am_local_across_the_autumn_clock_change()
    {
        var fires = Fires("0 0 8 ? * MON", DateTimeOffset.Parse("2026-10-15T00:00:00Z"), 2);

        Assert.Equal([DateTimeOffset.Parse("2026-10-19T07:00:00Z"), DateTimeOffset.Parse("2026-10-26T08:00:00Z")], fires);
    }

    [Fact]
    public void A_Sunday_schedule_fires_at_8am_local_on_the_days_the_clocks_change()
    {
        var spring = Fires("0 0 8 ? * SUN", DateTimeOffset.Parse("2026-03-27T00:00:00Z"), 1).Single();
        var autumn = Fires("0 0 8 ? * SUN", DateTimeOffset.Parse("2026-10-23T00:00:00Z"), 1).Single();

        Assert.Equal(DateTimeOffset.Parse("2026-03-29T07:00:00Z"), spring); // BST began at 01:00 that morning
        Assert.Equal(DateTimeOffset.Parse("2026-10-25T08:00:00Z"), autumn); // GMT again from 02:00 that morning
    }

    [Fact]
    public void Every_trigger_states_its_misfire_rule_and_catch_up_window()
    {
        var trigger = Triggers.Cron(new TriggerKey("t"), new JobKey("j"), "0 0 8 ? * MON", CouncilClock.Zone, MissedFire.CatchUpWithinWindow, TimeSpan.FromDays(1), new FakeTimeProvider(DateTimeOffset.UnixEpoch), "test");

        Assert.Equal((int)CronTriggerMisfireInstruction.DoNothing, trigger.MisfireInstructionCode);
        Assert.Equal(TimeSpan.FromDays(1), trigger.MisfireThreshold);
    }
}
