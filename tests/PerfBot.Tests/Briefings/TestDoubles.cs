using System.Collections.Concurrent;
using PerfBot.Briefings;

namespace PerfBot.Tests.Briefings;

/// <summary>Records what would have been sent; can be told to fail.</summary>
internal sealed class RecordingDelivery : IBriefDelivery
{
    public ConcurrentQueue<(string To, BriefMessage Message)> Sent { get; } = new();
    public bool Fail { get; set; }

    public Task SendToPersonAsync(string aadObjectId, string? tenantId, BriefMessage message, CancellationToken cancellationToken)
    {
        if (Fail) throw new HttpRequestException("Teams said 502.");
        Sent.Enqueue((aadObjectId, message));
        return Task.CompletedTask;
    }

    public Task<int> SendToCommitteeChannelsAsync(long committeeId, BriefMessage message, CancellationToken cancellationToken)
    {
        if (Fail) throw new HttpRequestException("Teams said 502.");
        Sent.Enqueue(($"committee:{committeeId}", message));
        return Task.FromResult(1);
    }
}
