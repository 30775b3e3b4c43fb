using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace PerfBot.Teams;

/// <summary>
/// Keeps sends to one conversation in order and within Teams' per-bot, per-thread limits (7 per second, 8 per 2 s,
/// 60 per 30 s, 1800 per hour) and the app's 50 per second per tenant (a Teams serviceUrl is per tenant): a send waits
/// in a first-in-first-out queue instead of being dropped or throttled.
/// </summary>
internal sealed class ConversationPacer : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limits = PartitionedRateLimiter.CreateChained(
        Window(7, TimeSpan.FromSeconds(1)),
        Window(8, TimeSpan.FromSeconds(2)),
        Window(60, TimeSpan.FromSeconds(30)),
        Window(1800, TimeSpan.FromHours(1)),
        Window(50, TimeSpan.FromSeconds(1), key => key[..key.IndexOf('|', StringComparison.Ordinal)]));

    // One send at a time per conversation, so a 429 being waited out holds back the messages behind it.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _turnstiles = new(StringComparer.Ordinal);

    public async Task<T> RunAsync<T>(string serviceUrl, string conversationId, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        var key = $"{serviceUrl.TrimEnd('/')}|{ThreadRoot(conversationId)}";
        var turnstile = _turnstiles.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await turnstile.WaitAsync(cancellationToken);
        try
        {
            using var lease = await _limits.AcquireAsync(key, 1, cancellationToken);
            if (!lease.IsAcquired) throw new InvalidOperationException($"The send queue for {conversationId} is full.");
            return await send(cancellationToken);
        }
        finally
        {
            turnstile.Release();
        }
    }

    /// <summary>
    /// "19:…@thread.tacv2;messageid=…" → the channel. Teams counts per thread; counting a channel's threads together is
    /// stricter, so a burst of new threads (digests to one channel) stays clear of the limits too.
    /// </summary>
    private static string ThreadRoot(string conversationId)
    {
        var separator = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return separator < 0 ? conversationId : conversationId[..separator];
    }

    private static PartitionedRateLimiter<string> Window(int permits, TimeSpan window, Func<string, string>? partition = null) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(partition?.Invoke(key) ?? key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            SegmentsPerWindow = 4,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            QueueLimit = 100_000,
            AutoReplenishment = true,
        }));

    public void Dispose()
    {
        _limits.Dispose();
        foreach (var turnstile in _turnstiles.Values) turnstile.Dispose();
    }
}
