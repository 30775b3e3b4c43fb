using PerfBot.Conversations;

namespace PerfBot.Teams;

/// <summary>
/// What one message may cost the host. PerfBot reads at most <see cref="MaxTextLength"/> characters of a message (reading
/// a question costs about 7 µs a character: 500 KB took 3 s of CPU); a longer one gets a polite reply and is not read.
/// No more questions are answered at once than there are processors; the rest wait their turn, so Kestrel, /healthz
/// and the scheduler always find a thread and some CPU.
/// </summary>
/// <remarks>
/// The router is taken from the services when a turn is answered, not when this is made: making it builds the question
/// index from the store, and a store that cannot be reached then must cost the turn its answer (a sentence saying so),
/// not the request a 500 that Bot Framework would send again.
/// </remarks>
internal sealed class AnswerLimits(IServiceProvider services) : IDisposable
{
    public const int MaxTextLength = 1000;

    private readonly SemaphoreSlim _slots = new(Environment.ProcessorCount, Environment.ProcessorCount);
    private int _waiting;

    /// <summary>Turns waiting for a free slot.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    public async Task<ChatReply> RespondAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Text.Length > MaxTextLength) return TooLong(turn.Text.Length);
        Interlocked.Increment(ref _waiting);
        try
        {
            await _slots.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
        try
        {
            return await services.GetRequiredService<ChatRouter>().RespondAsync(turn, cancellationToken);
        }
        finally
        {
            _slots.Release();
        }
    }

    private static ChatReply TooLong(int length) => new(
        $"Sorry, that message is too long for me to read ({length.ToString("N0", Council.CouncilCulture.English)} characters). " +
        $"Please ask your question in under {MaxTextLength.ToString("N0", Council.CouncilCulture.English)} characters, " +
        "for example \"how are foster carer numbers?\".");

    public void Dispose() => _slots.Dispose();
}
