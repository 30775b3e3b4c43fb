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

    /// <summary>CPU time (user + system) a process has used so far, in ms, from /proc/PID/stat; this process when none is named.</summary>
    public static double CpuMs(int? processId = null) => StatCpuMs(processId, first: 11);

    /// <summary>
    /// CPU time (user + system) in ms of this process's children that have ended and been waited for (cutime and
    /// cstime): read before and after a tool runs, what the tool used, though it has gone.
    /// </summary>
    public static double ChildrenCpuMs() => StatCpuMs(null, first: 13);

    private static double StatCpuMs(int? processId, int first)
    {
        var stat = File.ReadAllText($"/proc/{(processId is { } id ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "self")}/stat");
        // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and
        // 13th, cutime and cstime the 14th and 15th.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[first], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[first + 1], System.Globalization.CultureInfo.InvariantCulture);
        return ticks * 1000.0 / ClockTicksPerSecond;
    }

    // USER_HZ: 100 on every Linux architecture .NET runs on.
    private const double ClockTicksPerSecond = 100;

    /// <summary>Resident memory of this process now in MB (VmRSS), from /proc.</summary>
    public static double RssMb()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? double.NaN : Math.Round(long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0, 1);
    }

    /// <summary>Peak resident memory of a process in MB (VmHWM), from /proc: what the operating system actually had to give it.</summary>
    public static double PeakRssMb(int? processId = null)
    {
        var path = $"/proc/{(processId is { } id ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "self")}/status";
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? double.NaN : Math.Round(long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0, 1);
    }
}
