using PerfBot.Conversations;
using PerfBot.Delivery;
using PerfBot.Committees;
using PerfBot.Testing;

namespace PerfBot.Digests;

/// <summary>
/// One committee's digest for one week, exactly once: composed and stored in the outbox (one message per linked channel)
/// unless that week's is stored already, then sent. Running it again sends only what is still unsent.
/// </summary>
public sealed class DigestDispatcher(DigestBuilder builder, DigestStore digests, ICommitteeChannels channels, OutboxSender sender, FaultInjection faults)
{
    public sealed record Run(DigestStore.StoredDigest Digest, int Channels, OutboxSender.Result Sending);

    public async Task<Run> RunAsync(Committee committee, DateOnly asOf, string week, CancellationToken cancellationToken)
    {
        var existing = digests.Find(committee.Id, week);
        var digest = existing?.Content ?? builder.Build(committee, asOf, week);
        var linked = channels.ChannelsOf(committee.Id);
        var stored = digests.Store(digest, week, existing?.Text ?? DigestText.Write(digest), linked);
        faults.Reached(FaultInjection.AfterCompose);
        var sending = await sender.SendAsync(OutboxScope.OfDigest(stored.Id), cancellationToken);
        return new Run(stored, linked.Count, sending);
    }
}
