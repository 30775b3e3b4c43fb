using System.Collections.Concurrent;
using System.Diagnostics;
using PerfBot.Teams;

namespace PerfBot.Tests.Teams;

public class ConversationPacerTests
{
    [Fact]
    public async Task Sends_to_many_conversations_of_one_tenant_stay_within_50_per_second_and_all_go_out()
    {
        using var pacer = new ConversationPacer();
        var sentAt = new ConcurrentBag<TimeSpan>();
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 60).Select(i => pacer.RunAsync("https://smba.trafficmanager.net/emea/tenant-1/", $"a:chat-{i}", _ =>
        {
            sentAt.Add(clock.Elapsed);
            return Task.FromResult(i);
        }, CancellationToken.None)));

        Assert.Equal(60, sentAt.Count);
        Assert.True(sentAt.Count(t => t < TimeSpan.FromSeconds(0.9)) <= 50);
    }

    [Fact]
    public async Task Threads_of_one_channel_share_the_channels_limit()
    {
        using var pacer = new ConversationPacer();
        var sentAt = new ConcurrentBag<TimeSpan>();
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 9).Select(i => pacer.RunAsync("https://smba.example/", $"19:c@thread.tacv2;messageid={i}", _ =>
        {
            sentAt.Add(clock.Elapsed);
            return Task.FromResult(i);
        }, CancellationToken.None)));

        Assert.True(sentAt.Count(t => t < TimeSpan.FromSeconds(0.9)) <= 7);
    }
}
