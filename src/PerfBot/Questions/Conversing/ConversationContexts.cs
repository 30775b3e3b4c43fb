using System.Collections.Concurrent;
using PerfBot.Conversations;

namespace PerfBot.Questions.Conversing;

/// <summary>
/// Each conversation's context in this process's memory: per conversation in a 1:1 chat, and per person in a channel
/// or group chat, so two people talking at once never pick up each other's subject, for
/// <see cref="ConversationContext.Lifetime"/> after the last question. What a SQLite store uses: it has one `perfbot
/// serve`, which sees every turn. Several instances on PostgreSQL, where a follow-up may reach another instance than the
/// question did, share the store's table instead (<see cref="StoredConversationContexts"/>).
/// </summary>
public sealed class ConversationContexts(TimeProvider clock) : IConversationContexts
{
    /// <summary>Contexts kept at most; past this, expired ones go first, then the oldest.</summary>
    public const int Capacity = 20_000;

    private readonly ConcurrentDictionary<string, ConversationContext> _contexts = new(StringComparer.Ordinal);

    /// <summary>The key of a turn's context: its conversation, and in a channel or group chat also who is speaking.</summary>
    public static string KeyOf(ChatTurn turn) =>
        turn.Place.Scope == ChatScope.Personal ? turn.Place.ConversationId : $"{turn.Place.ConversationId}\n{turn.From.Id}";

    public ConversationContext? Find(string key)
    {
        if (!_contexts.TryGetValue(key, out var context)) return null;
        if (context.IsFresh(clock.GetUtcNow())) return context;
        _contexts.TryRemove(new KeyValuePair<string, ConversationContext>(key, context));
        return null;
    }

    public void Keep(string key, ConversationContext? context)
    {
        if (context is null)
        {
            _contexts.TryRemove(key, out _);
            return;
        }
        if (_contexts.Count >= Capacity) Prune();
        _contexts[key] = context;
    }

    public int Count => _contexts.Count;

    public ValueTask<ConversationContext?> FindAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult(Find(key));

    public ValueTask KeepAsync(string key, ConversationContext? context, CancellationToken cancellationToken)
    {
        Keep(key, context);
        return ValueTask.CompletedTask;
    }

    private void Prune()
    {
        var now = clock.GetUtcNow();
        foreach (var (key, context) in _contexts)
            if (!context.IsFresh(now)) _contexts.TryRemove(key, out _);
        if (_contexts.Count < Capacity) return;
        foreach (var (key, _) in _contexts.OrderBy(c => c.Value.At).Take(_contexts.Count - Capacity / 2)) _contexts.TryRemove(key, out _);
    }
}
