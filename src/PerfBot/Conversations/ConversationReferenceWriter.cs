using System.Data.Common;

namespace PerfBot.Conversations;

/// <summary>
/// Writes the conversation references inbound activities leave in <see cref="PendingReferences"/>, off the request
/// path: while an import holds the store's write lock members are still answered, and the references are written once
/// it lets go. A write that fails (the store busy or away) is retried with a growing pause; what is still waiting at
/// shutdown is written then.
/// </summary>
public sealed class ConversationReferenceWriter(
    PendingReferences pending, ConversationReferenceStore references, TimeProvider clock, ILogger<ConversationReferenceWriter> log) : BackgroundService
{
    /// <summary>How long one attempt waits for the write lock; the writer tries again rather than wait long.</summary>
    public static readonly TimeSpan AttemptWait = TimeSpan.FromSeconds(2);

    public static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(200);
    public static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await pending.WaitAsync(stoppingToken);
                var pause = FirstPause;
                var failures = 0;
                while (pending.Count > 0 && WriteWaiting() is { } failure)
                {
                    if (failures++ == 0)
                        log.LogWarning("Could not write {Count} conversation reference(s) ({Error}); trying again until the store takes them",
                            pending.Count, failure.Message);
                    await Task.Delay(pause, clock, stoppingToken);
                    pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
                }
                if (failures > 0) log.LogInformation("Conversation references written after {Failures} failed attempt(s)", failures);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (pending.Count == 0) return;
        var waiting = pending.Count;
        if (WriteWaiting() is { } failure)
            log.LogWarning("Shutting down with {Count} of {Waiting} conversation reference(s) unwritten ({Error}); each is saved again at its conversation's next message",
                pending.Count, waiting, failure.Message);
    }

    /// <summary>Writes what is waiting, oldest first; the failure that stopped it, or null when all is written.</summary>
    private Exception? WriteWaiting()
    {
        foreach (var change in pending.Snapshot())
        {
            try
            {
                switch (change)
                {
                    case PendingReferences.Save save:
                        references.Save(save.Reference, AttemptWait);
                        break;
                    case PendingReferences.Removal removal:
                        references.Remove(removal.ConversationId, removal.TeamId, AttemptWait);
                        break;
                }
                pending.Done(change);
            }
            catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
            {
                return e;
            }
        }
        return null;
    }
}
