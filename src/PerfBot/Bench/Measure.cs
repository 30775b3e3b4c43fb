using System.Diagnostics;

namespace PerfBot.Bench;

/// <summary>Timings and memory, read the same way for every benchmark.</summary>
public static class Measure
{
    public sealed record Latency(int Samples, double P50Ms, double P99Ms, double MeanMs);

    public static Latency Latencies(IReadOnlyList<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new Latency(sorted.Length, Math.Round(At(0.50), 4), Math.Round(At(0.99), 4), Math.Round(sorted.Average(), 4));
    }

    public static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>Peak resident memory of a process in MB (VmHWM), from /proc: what the operating system actually had to give it.</summary>
    public static double PeakRssMb(int? processId = null)
    {
        var path = $"/proc/{(processId is { } id ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "self")}/status";
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? double.NaN : Math.Round(long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0, 1);
    }
}
