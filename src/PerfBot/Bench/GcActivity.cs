namespace PerfBot.Bench;

/// <summary>
/// What the garbage collector did while a loop of timed calls ran: how many collections of each generation, how long
/// the runtime was paused for them, how much each call allocated, and the tail of the calls no collection ran in. An
/// answer's p99 sits where one call in a hundred is slow; this says whether those are the ones a collection paused.
/// </summary>
/// <param name="Cpu">The calls' CPU time on their own thread (<see cref="ThreadCpu"/>): their tail without the other processes'.</param>
public sealed record GcActivity(int Gen0, int Gen1, int Gen2, double PauseMs, double AllocatedKbPerCall, double P99WithoutCollectionMs, int CallsWithCollection,
    Measure.Latency Cpu)
{
    /// <summary>Times each item's call, noting which calls a collection ran in; returns the timings and what the collector did.</summary>
    public static (List<double> Milliseconds, GcActivity During) Watch<T>(IReadOnlyList<T> items, Action<T> call)
    {
        var milliseconds = new List<double>(items.Count);
        var clean = new List<double>(items.Count);
        var cpu = new List<double>(items.Count);
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var paused = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        foreach (var item in items)
        {
            var before = GC.CollectionCount(0);
            var cpuBefore = ThreadCpu.Milliseconds();
            var ms = Measure.Time(() => call(item));
            cpu.Add(ThreadCpu.Milliseconds() - cpuBefore);
            milliseconds.Add(ms);
            if (GC.CollectionCount(0) == before) clean.Add(ms);
        }
        var bytes = GC.GetTotalAllocatedBytes(precise: false) - allocated;
        var during = new GcActivity(GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2,
            Math.Round((GC.GetTotalPauseDuration() - paused).TotalMilliseconds, 1), Math.Round(bytes / 1024.0 / Math.Max(1, items.Count), 1),
            clean.Count == 0 ? 0 : Measure.Latencies(clean).P99Ms, items.Count - clean.Count, Measure.Latencies(cpu));
        return (milliseconds, during);
    }
}
