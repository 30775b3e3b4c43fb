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

    [Fact]
    public async Task A_conversation_with_nothing_left_to_send_is_forgotten()
    {
        using var pacer = new ConversationPacer();
        var gate = new TaskCompletionSource();

        var held = pacer.RunAsync("https://smba.example/", "a:held", async _ => { await gate.Task; return 0; }, CancellationToken.None);
        await Task.WhenAll(Enumerable.Range(0, 500).Select(i =>
            pacer.RunAsync($"https://smba.example/tenant-{i}/", $"a:chat-{i}", _ => Task.FromResult(i), CancellationToken.None)));

        // Only the conversation still sending is tracked; the 500 that finished are gone.
        Assert.Equal(1, pacer.ConversationsTracked);
        gate.SetResult();
        await held;
        Assert.Equal(0, pacer.ConversationsTracked);
    }

    [Fact]
    public async Task Sends_queued_behind_one_another_in_a_conversation_keep_their_order()
    {
        using var pacer = new ConversationPacer();
        var first = new TaskCompletionSource();
        var order = new ConcurrentQueue<int>();

        var sends = new List<Task<int>> { pacer.RunAsync("https://smba.example/", "a:chat", async _ => { await first.Task; order.Enqueue(0); return 0; }, CancellationToken.None) };
        for (var i = 1; i <= 5; i++)
        {
            var n = i;
            sends.Add(pacer.RunAsync("https://smba.example/", "a:chat", _ => { order.Enqueue(n); return Task.FromResult(n); }, CancellationToken.None));
        }
        Assert.Equal(1, pacer.ConversationsTracked);
        first.SetResult();
        await Task.WhenAll(sends);

        Assert.Equal([0, 1, 2, 3, 4, 5], order);
        Assert.Equal(0, pacer.ConversationsTracked);
    }
}
