using System.Threading.RateLimiting;

namespace PerfBot.Teams;

/// <summary>
/// Keeps sends to one conversation in order and within Teams' per-bot, per-thread limits (7 per second, 8 per 2 s,
/// 60 per 30 s, 1800 per hour) and the app's 50 per second per tenant (a Teams serviceUrl is per tenant): a send waits
/// in a first-in-first-out queue instead of being dropped or throttled. The rate limiter drops a conversation's
/// windows once they are idle; the per-conversation turnstiles go as soon as nothing is sending or waiting.
/// </summary>
internal sealed class ConversationPacer : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limits = PartitionedRateLimiter.CreateChained(
        Window(7, TimeSpan.FromSeconds(1)),
        Window(8, TimeSpan.FromSeconds(2)),
        Window(60, TimeSpan.FromSeconds(30)),
        Window(1800, TimeSpan.FromHours(1)),
        Window(50, TimeSpan.FromSeconds(1), key => key[..key.IndexOf('|', StringComparison.Ordinal)]));

    // One send at a time per conversation, so a 429 being waited out holds back the messages behind it. A conversation
    // is tracked only while it has a send under way or waiting: the table holds what is in flight, not every chat ever seen.
    private readonly Dictionary<string, Turnstile> _turnstiles = new(StringComparer.Ordinal);

    private sealed class Turnstile
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public int Users;
    }

    internal int ConversationsTracked
    {
        get { lock (_turnstiles) return _turnstiles.Count; }
    }

    public async Task<T> RunAsync<T>(string serviceUrl, string conversationId, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        var key = $"{serviceUrl.TrimEnd('/')}|{ThreadRoot(conversationId)}";
        var turnstile = Enter(key);
        try
        {
            await turnstile.Gate.WaitAsync(cancellationToken);
            try
            {
                using var lease = await _limits.AcquireAsync(key, 1, cancellationToken);
                if (!lease.IsAcquired) throw new InvalidOperationException($"The send queue for {conversationId} is full.");
                return await send(cancellationToken);
            }
            finally
            {
                turnstile.Gate.Release();
            }
        }
        finally
        {
            Leave(key, turnstile);
        }
    }

    private Turnstile Enter(string key)
    {
        lock (_turnstiles)
        {
            if (!_turnstiles.TryGetValue(key, out var turnstile)) _turnstiles[key] = turnstile = new Turnstile();
            turnstile.Users++;
            return turnstile;
        }
    }

    private void Leave(string key, Turnstile turnstile)
    {
        lock (_turnstiles)
        {
            if (--turnstile.Users > 0) return;
            _turnstiles.Remove(key);
            turnstile.Gate.Dispose();
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
        lock (_turnstiles) foreach (var turnstile in _turnstiles.Values) turnstile.Gate.Dispose();
    }
}
