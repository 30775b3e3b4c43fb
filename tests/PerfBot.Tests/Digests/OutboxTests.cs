using PerfBot.Telemetry;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics.Metrics;
using PerfBot.Tests.Support;
using PerfBot.Digests;
using Microsoft.Extensions.Logging.Abstractions;
using PerfBot.Committees;
using PerfBot.Delivery;
using PerfBot.Store;
using PerfBot.Testing;

namespace PerfBot.Tests.Digests;

/// <summary>The outbox in one process: a week's digest is composed once and each channel sent it once. (The crash tests run real processes.)</summary>
public sealed class OutboxTests : IDisposable
{
    private static readonly DateOnly Monday = new(2025, 10, 6);
    private readonly TempStore _store = TempStore.WithDemoData();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2025-10-06T07:00:00Z"));
    private readonly CountingDelivery _delivery = new();
    private readonly FixedChannels _channels = new("19:a@thread.tacv2", "19:b@thread.tacv2");

    private readonly IMeterFactory _meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();

    private Outbox Outbox => new(_store.Database, _clock);

    private DigestDispatcher Dispatcher()
    {
        var digests = new DigestStore(_store.Database, _clock, Outbox);
        return new DigestDispatcher(new DigestBuilder(new IndicatorRepository(_store.Database), digests), digests, _channels,
            new OutboxSender(Outbox, _delivery, TestMetrics.Create(_meters), FaultInjection.None, NullLogger<OutboxSender>.Instance), FaultInjection.None);
    }

    private Committee People => new CommitteeRepository(_store.Database).Committees().Single();

    [Fact]
    public async Task Running_the_same_week_twice_sends_each_channel_once_and_records_the_activity_ids()
    {
        var first = await Dispatcher().RunAsync(People, Monday, "2025-W41", CancellationToken.None);
        var second = await Dispatcher().RunAsync(People, Monday, "2025-W41", CancellationToken.None);

        Assert.Equal((2, 0), (first.Sending.Sent, second.Sending.Sent));
        Assert.Equal(first.Digest.Id, second.Digest.Id);
        Assert.Equal((1, 1), (_delivery.To("19:a@thread.tacv2"), _delivery.To("19:b@thread.tacv2")));
        Assert.All(Outbox.OfDigest(first.Digest.Id), m => Assert.StartsWith("activity-", m.ActivityId));
    }

    [Fact]
    public async Task Every_message_delivered_and_every_failed_send_is_counted_by_kind()
    {
        using var delivered = new MetricCollector<long>(_meters, PerfBotMetrics.Name, "perfbot.messages.delivered");
        using var failures = new MetricCollector<long>(_meters, PerfBotMetrics.Name, "perfbot.failures");
        _delivery.Fail = true;
        await Dispatcher().RunAsync(People, Monday, "2025-W41", CancellationToken.None);
        _delivery.Fail = false;
        await Dispatcher().RunAsync(People, Monday, "2025-W41", CancellationToken.None);

        Assert.Equal(2, failures.GetMeasurementSnapshot().Where(m => m.Tags["what"] as string == "send digest").Sum(m => m.Value));
        Assert.Equal(2, delivered.GetMeasurementSnapshot().Where(m => m.Tags["kind"] as string == "digest").Sum(m => m.Value));
    }

    [Fact]
    public async Task A_failed_send_stays_in_the_outbox_and_goes_on_the_next_run_without_being_recomposed()
    {
        _delivery.Fail = true;
        var failed = await Dispatcher().RunAsync(People, Monday, "2025-W41", CancellationToken.None);
        _delivery.Fail = false;
        _clock.SetUtcNow(_clock.GetUtcNow().AddHours(1));
        var retried = await Dispatcher().RunAsync(People, Monday.AddDays(1), "2025-W41", CancellationToken.None);

        Assert.Equal((0, 2), (failed.Sending.Sent, failed.Sending.Failed));
        Assert.Equal(2, retried.Sending.Sent);
        Assert.Equal(Monday, retried.Digest.Content.AsOf); // the stored digest, not a new one as of Tuesday
    }

    [Fact]
    public async Task A_channel_linked_after_the_digest_went_out_gets_it_once_and_the_others_not_again()
    {
        await Dispatcher().RunAsync(People, Monday, "2025-W41", CancellationToken.None);
        _channels.Channels.Add("19:c@thread.tacv2");
        await Dispatcher().RunAsync(People, Monday, "2025-W41", CancellationToken.None);

        Assert.Equal(3, _delivery.Delivered.Count);
        Assert.Equal(1, _delivery.To("19:c@thread.tacv2"));
    }

    [Fact]
    public async Task Next_weeks_digest_says_what_changed_since_this_weeks()
    {
        await Dispatcher().RunAsync(People, Monday, "2025-W41", CancellationToken.None);
        var next = await Dispatcher().RunAsync(People, Monday.AddDays(7), "2025-W42", CancellationToken.None);

        var digest = next.Digest.Content;
        Assert.Equal(Monday, digest.PreviousAsOf);
        Assert.All(digest.Exceptions, l => Assert.Equal(PerfBot.Digests.DigestChange.StillListed, l.Change));
        Assert.Contains("No change since the last digest (6 October 2025).", next.Digest.Text);
    }

    public void Dispose() => _store.Dispose();
}
