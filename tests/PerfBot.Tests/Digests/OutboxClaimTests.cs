using System.Collections.Concurrent;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using PerfBot.Delivery;
using PerfBot.Digests;
using PerfBot.Store;
using PerfBot.Testing;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Digests;

/// <summary>
/// Senders sharing one outbox — the scheduler and a verb, or two instances of the bot on one PostgreSQL — on either
/// engine: each message is delivered once, a held message is left to its holder until the lease runs out, and two
/// senders at once split the messages between them.
/// </summary>
public abstract class OutboxClaimTests(StoreEngine engine) : IDisposable
{
    public sealed class OnSqlite() : OutboxClaimTests(StoreEngine.Sqlite);

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres() : OutboxClaimTests(StoreEngine.Postgres)
    {
        [Fact]
        public async Task A_claim_passes_over_rows_another_instance_is_claiming_instead_of_waiting_for_them()
        {
            var ids = Enqueue(40);
            using var other = Store.Database.Open();
            using var claiming = other.BeginTransaction();
            other.Query<long>("SELECT id FROM outbox ORDER BY id LIMIT 20 FOR UPDATE", transaction: claiming).AsList();

            var claimed = await Task.Run(() => Outbox.Claim(OutboxScope.Everything, Outbox.NewClaim())).WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Equal(ids[20..], claimed.Select(m => m.Id));
        }
    }

    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private protected TempStore Store { get; } = TempStore.Empty(engine);
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2025-10-06T07:00:00Z"));

    private protected Outbox Outbox => new(Store.Database, _clock, new DeliveryOptions { Lease = Lease, ClaimBatch = 20 });

    private protected long[] Enqueue(int count)
    {
        for (var i = 0; i < count; i++)
            Outbox.Enqueue(new NewOutboxMessage($"k{i}", DigestStore.OutboxKind, new OutboxAddress.Conversation($"19:c{i}"), "text", "{}"));
        return Outbox.Unsent().Select(m => m.Id).ToArray();
    }

    private OutboxSender Sender(IOutboxDelivery delivery) =>
        new(Outbox, delivery, TestMetrics.Create(), FaultInjection.None, NullLogger<OutboxSender>.Instance);

    [Fact]
    public void A_message_another_sender_holds_is_left_to_it_until_its_lease_runs_out_then_taken_over()
    {
        var id = Enqueue(1).Single();
        var first = Outbox.NewClaim();
        var second = Outbox.NewClaim();

        Assert.Single(Outbox.Claim(OutboxScope.Everything, first));
        Assert.Empty(Outbox.Claim(OutboxScope.Everything, second));
        Assert.Equal(1, Outbox.HeldByOthers(OutboxScope.Everything, second));
        _clock.Advance(Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(id, Assert.Single(Outbox.Claim(OutboxScope.Everything, second)).Id);

        Assert.Empty(Outbox.Renew(first)); // the first sender learns it no longer holds it
        Outbox.MarkSent(id, "activity-1");
        _clock.Advance(Lease * 2);
        Assert.Empty(Outbox.Claim(OutboxScope.Everything, Outbox.NewClaim()));
    }

    [Fact]
    public async Task Two_senders_at_once_split_the_messages_and_each_message_is_delivered_once()
    {
        var ids = Enqueue(100);
        var gate = new BothSending();

        var results = await Task.WhenAll(
            Task.Run(() => Sender(gate.Sender("a")).SendAllUnsentAsync(CancellationToken.None)),
            Task.Run(() => Sender(gate.Sender("b")).SendAllUnsentAsync(CancellationToken.None))).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(ids, gate.Delivered.Select(d => d.Id).Order());
        Assert.Equal(100, results.Sum(r => r.Sent));
        Assert.All(results, r => Assert.InRange(r.Sent, 1, 99));
        Assert.Empty(Outbox.Unsent());
    }

    [Fact]
    public async Task A_sender_that_outlived_its_lease_does_not_send_what_another_took_over()
    {
        Enqueue(3);
        var taken = new List<long>();
        var slow = new ScriptedDelivery(message =>
        {
            if (message.IdempotencyKey != "k0") return;
            // The sender stalls past its lease; meanwhile another instance takes over the rest of its batch.
            _clock.Advance(Lease + TimeSpan.FromSeconds(1));
            var other = Outbox.NewClaim();
            foreach (var key in new[] { "k1", "k2" }) taken.AddRange(Outbox.Claim(OutboxScope.Message(key), other).Select(m => m.Id));
        });

        var result = await Sender(slow).SendAllUnsentAsync(CancellationToken.None);

        Assert.Equal(1, result.Sent);
        Assert.Equal(2, taken.Count);
        Assert.Equal(2, result.Skipped);
        Assert.Equal("k0", Assert.Single(slow.Delivered).IdempotencyKey);
    }

    [Fact]
    public async Task A_failed_message_is_given_back_for_the_next_run_and_not_tried_again_in_the_same_one()
    {
        Enqueue(25);
        var failing = new ScriptedDelivery(_ => throw new HttpRequestException("connector unreachable"));

        var result = await Sender(failing).SendAllUnsentAsync(CancellationToken.None);

        Assert.Equal((0, 25, 0), (result.Sent, result.Failed, result.Skipped));
        using var connection = Store.Database.Open();
        Assert.Equal([(1L, (string?)null, (string?)null)],
            connection.Query<(long, string?, string?)>("SELECT DISTINCT attempts, claimed_until, claimed_by FROM outbox"));
        Assert.Equal(25, (await Sender(new ScriptedDelivery(_ => { })).SendAllUnsentAsync(CancellationToken.None)).Sent);
    }

    public void Dispose() => Store.Dispose();

    /// <summary>Deliveries that wait until two are under way at once: only two senders working at the same time get past it.</summary>
    private sealed class BothSending
    {
        private readonly TaskCompletionSource _both = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _inFlight;

        public ConcurrentQueue<(long Id, string Sender)> Delivered { get; } = new();

        public IOutboxDelivery Sender(string name) => new Delivery(this, name);

        private sealed class Delivery(BothSending gate, string name) : IOutboxDelivery
        {
            public async Task<string?> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
            {
                if (Interlocked.Increment(ref gate._inFlight) >= 2) gate._both.TrySetResult();
                await gate._both.Task.WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);
                Interlocked.Decrement(ref gate._inFlight);
                gate.Delivered.Enqueue((message.Id, name));
                return $"activity-{message.Id}";
            }
        }
    }

    private sealed class ScriptedDelivery(Action<OutboxMessage> during) : IOutboxDelivery
    {
        public List<OutboxMessage> Delivered { get; } = [];

        public Task<string?> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            during(message);
            Delivered.Add(message);
            return Task.FromResult<string?>($"activity-{message.Id}");
        }
    }
}
