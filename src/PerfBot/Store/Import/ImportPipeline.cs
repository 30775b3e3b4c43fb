namespace PerfBot.Store.Import;

/// <summary>
/// An import's one connection with at most one piece of work under way on it in the background, so that on PostgreSQL
/// the server writes one batch while the file's next rows are read and checked here — on two cores, each side waiting
/// for the other was most of a large import. Everything that uses the connection waits for that work first; its
/// failure comes out there, and the import's transaction is rolled back with nothing kept.
/// </summary>
internal sealed class ImportPipeline : IDisposable
{
    private Task _running = Task.CompletedTask;

    /// <summary>Waits for the work under way, if any: call before any other use of the connection.</summary>
    public void Wait() => _running.GetAwaiter().GetResult();

    /// <summary>Starts <paramref name="work"/> on a thread of its own once the work before it is done.</summary>
    public void InBackground(Action work)
    {
        Wait();
        _running = Task.Run(work);
    }

    /// <summary>An import that failed midway still waits, so its transaction is not rolled back under a running command.</summary>
    public void Dispose() => ((IAsyncResult)_running).AsyncWaitHandle.WaitOne();
}
