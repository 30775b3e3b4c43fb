using System.Threading.Channels;

namespace PerfBot.Conversations;

/// <summary>
/// Conversation references waiting for <see cref="ConversationReferenceWriter"/>: the newest save of each conversation
/// (repeated saves of one conversation are one write) and removals, taken in the order they came. Bounded: when full,
/// a save for a conversation not already waiting is dropped — its next message saves it again — while removals are
/// always kept, so an uninstall is never lost.
/// </summary>
public sealed class PendingReferences(int capacity = PendingReferences.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;

    public abstract record Change(long Sequence);

    public sealed record Save(ConversationReference Reference, long Sequence) : Change(Sequence);

    public sealed record Removal(string ConversationId, string? TeamId, long Sequence) : Change(Sequence);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Save> _saves = new(StringComparer.Ordinal);
    private readonly List<Removal> _removals = [];
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private long _sequence;

    public int Count
    {
        get { lock (_lock) return _saves.Count + _removals.Count; }
    }

    /// <summary>False when the queue is full and this conversation was not already waiting: the save is dropped.</summary>
    public bool Enqueue(ConversationReference reference)
    {
        lock (_lock)
        {
            if (_saves.Count >= capacity && !_saves.ContainsKey(reference.ConversationId)) return false;
            _saves[reference.ConversationId] = new Save(reference, ++_sequence);
        }
        _wake.Writer.TryWrite(true);
        return true;
    }

    /// <summary>A removal makes any save waiting for the same conversation (or a channel of the team) moot.</summary>
    public void EnqueueRemoval(string conversationId, string? teamId)
    {
        lock (_lock)
        {
            var moot = _saves.Values.Where(s => s.Reference.ConversationId == conversationId || (teamId is not null && s.Reference.TeamId == teamId)).ToList();
            foreach (var save in moot) _saves.Remove(save.Reference.ConversationId);
            _removals.Add(new Removal(conversationId, teamId, ++_sequence));
        }
        _wake.Writer.TryWrite(true);
    }

    /// <summary>True when a change for the conversation is waiting: its reference, or null when it is being removed.</summary>
    public bool TryFind(string conversationId, out ConversationReference? reference)
    {
        lock (_lock)
        {
            // A save still waiting came after any removal of its conversation: removals drop the saves before them.
            if (_saves.TryGetValue(conversationId, out var save))
            {
                reference = save.Reference;
                return true;
            }
            reference = null;
            return _removals.Any(r => r.ConversationId == conversationId);
        }
    }

    /// <summary>The newest waiting save that matches, for questions asked across conversations (a tenant, a serviceUrl).</summary>
    public ConversationReference? FindWaiting(Func<ConversationReference, bool> matches)
    {
        lock (_lock) return _saves.Values.Where(s => matches(s.Reference)).MaxBy(s => s.Sequence)?.Reference;
    }

    /// <summary>Takes out a conversation's waiting save, for a caller that writes it itself.</summary>
    public ConversationReference? TakeSave(string conversationId)
    {
        lock (_lock) return _saves.Remove(conversationId, out var save) ? save.Reference : null;
    }

    /// <summary>What is waiting, oldest first; each stays until <see cref="Done"/> says it was written.</summary>
    public IReadOnlyList<Change> Snapshot()
    {
        lock (_lock) return _saves.Values.Cast<Change>().Concat(_removals).OrderBy(c => c.Sequence).ToList();
    }

    /// <summary>Takes out one change that was written, unless a newer one for the same conversation came meanwhile.</summary>
    public void Done(Change change)
    {
        lock (_lock)
        {
            switch (change)
            {
                case Save save when _saves.TryGetValue(save.Reference.ConversationId, out var waiting) && waiting.Sequence == save.Sequence:
                    _saves.Remove(save.Reference.ConversationId);
                    break;
                case Removal removal:
                    _removals.RemoveAll(r => r.Sequence == removal.Sequence);
                    break;
            }
        }
    }

    /// <summary>Completes when something may be waiting.</summary>
    public ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => _wake.Reader.ReadAsync(cancellationToken);
}
