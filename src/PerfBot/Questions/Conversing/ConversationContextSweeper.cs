namespace PerfBot.Questions.Conversing;

/// <summary>
/// Every <see cref="Every"/>, deletes the store's expired contexts: each instance does, which is harmless (a delete of
/// rows already gone deletes nothing) and needs no election. Nothing to do where contexts are kept in memory.
/// </summary>
public sealed class ConversationContextSweeper(IConversationContexts contexts, TimeProvider clock, ILogger<ConversationContextSweeper> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (contexts is not StoredConversationContexts stored) return;
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            try
            {
                var swept = await stored.SweepAsync(stoppingToken);
                logger.LogDebug("Swept {Count} expired conversation contexts", swept);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Could not sweep expired conversation contexts; trying again in {Every}: {Error}", Every, e.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
