using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace PerfBot.Store.Import;

/// <summary>
/// Reads a file's rows on a thread of its own, a few batches ahead of the import that checks and writes them: parsing
/// a large CSV was a fifth of the import's CPU, spent while SQLite waited, and on two cores the two can overlap. Rows
/// come out in the file's order, one consumer reads them, and an error reading the file (a quote never closed) comes
/// out where it happened, after the rows before it. Leaving early stops the reading thread and waits for it, so the
/// caller can then close the file.
/// </summary>
internal static class ReadAhead
{
    // Big enough that handing a batch over costs nothing per row; few enough that little of the file sits in memory.
    private const int BatchSize = 1024, BatchesAhead = 4;

    public static IEnumerable<T> Of<T>(IEnumerable<T> rows)
    {
        using var batches = new BlockingCollection<List<T>>(BatchesAhead);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var reading = Task.Factory.StartNew(() =>
        {
            var batch = new List<T>(BatchSize);
            try
            {
                try
                {
                    foreach (var row in rows)
                    {
                        batch.Add(row);
                        if (batch.Count < BatchSize) continue;
                        batches.Add(batch, stop.Token);
                        batch = new List<T>(BatchSize);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
                // The rows read before a failure come out before it.
                if (batch.Count > 0) batches.Add(batch, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer left early: nobody is waiting for the rest.
            }
            finally
            {
                batches.CompleteAdding();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            foreach (var batch in batches.GetConsumingEnumerable())
                foreach (var row in batch)
                    yield return row;
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            reading.Wait();
        }
    }
}
