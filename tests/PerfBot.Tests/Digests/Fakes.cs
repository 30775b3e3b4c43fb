using PerfBot.Conversations;
using PerfBot.Digests;
using System.Collections.Concurrent;
using PerfBot.Delivery;

namespace PerfBot.Tests.Digests;

/// <summary>Counts what would have been posted, per conversation; can be told to fail.</summary>
internal sealed class CountingDelivery : IOutboxDelivery
{
    public ConcurrentQueue<OutboxMessage> Delivered { get; } = new();
    public bool Fail { get; set; }

    public Task<string?> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (Fail) throw new HttpRequestException("connector unreachable");
        Delivered.Enqueue(message);
        return Task.FromResult<string?>($"activity-{Delivered.Count}");
    }

    public int To(string conversationId) => Delivered.Count(m => m.ConversationId == conversationId);
}

internal sealed class FixedChannels(params string[] channels) : ICommitteeChannels
{
    public List<string> Channels { get; } = [.. channels];

    public IReadOnlyList<string> ChannelsOf(long committeeId) => Channels;
}
