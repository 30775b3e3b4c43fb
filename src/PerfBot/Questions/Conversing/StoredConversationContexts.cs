using System.Text.Json;
using Dapper;
using PerfBot.Store;
using PerfBot.Telemetry;

namespace PerfBot.Questions.Conversing;

/// <summary>
/// Contexts in the store's conversation_contexts table, one row per <see cref="ConversationContexts.KeyOf"/> key, shared
/// by every `perfbot serve` on a PostgreSQL store: the load balancer may send a follow-up to another instance than its
/// question, and that instance finds the question's context. Every turn reads its row (one primary-key lookup): an
/// instance cannot tell from its own memory that another has kept a newer context since, so a cache in front would
/// have to ask the store anyway. Of two instances keeping one key at once the later context wins, whatever order the
/// writes land in. Rows past <see cref="ConversationContext.Lifetime"/> are never read and are swept away.
/// </summary>
public sealed class StoredConversationContexts(Database database, TimeProvider clock, PerfBotMetrics metrics, ILogger<StoredConversationContexts> logger)
    : IConversationContexts
{
    /// <summary>How long a turn waits on the store for its context before answering without it.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);

    public async ValueTask<ConversationContext?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        try
        {
            using var patience = Within(cancellationToken);
            await using var connection = await database.OpenAsync(patience.Token);
            var json = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                "SELECT context FROM conversation_contexts WHERE context_key = @key AND kept_at > @Since",
                new { key, Since = StoredTime.Of(now - ConversationContext.Lifetime) }, cancellationToken: patience.Token));
            return json is not null && ContextJson.Read(json) is { } context && context.IsFresh(now) ? context : null;
        }
        catch (JsonException e)
        {
            logger.LogWarning("A conversation context kept by another version of PerfBot was not used: {Error}", e.Message);
            return null;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Could not read the conversation context; answering without it");
            metrics.Failed("conversation-context");
            return null;
        }
    }

    public async ValueTask KeepAsync(string key, ConversationContext? context, CancellationToken cancellationToken)
    {
        // Nothing is deleted: this turn read no fresh row, and one another instance kept since is newer than this turn.
        if (context is null) return;
        try
        {
            using var patience = Within(cancellationToken);
            await using var connection = await database.OpenAsync(patience.Token);
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO conversation_contexts (context_key, kept_at, context) VALUES (@key, @KeptAt, @Context)
                ON CONFLICT (context_key) DO UPDATE SET kept_at = excluded.kept_at, context = excluded.context
                WHERE conversation_contexts.kept_at <= excluded.kept_at
                """, new { key, KeptAt = StoredTime.Of(context.At), Context = ContextJson.Write(context) }, cancellationToken: patience.Token));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Could not keep the conversation context; the next question starts afresh");
            metrics.Failed("conversation-context");
        }
    }

    /// <summary>Deletes the contexts past their lifetime, so the table holds only the last half hour's conversations.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("DELETE FROM conversation_contexts WHERE kept_at <= @Before",
            new { Before = StoredTime.Of(clock.GetUtcNow() - ConversationContext.Lifetime) }, cancellationToken: cancellationToken));
    }

    private static CancellationTokenSource Within(CancellationToken cancellationToken)
    {
        var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(Patience);
        return patience;
    }
}
