using System.Runtime.InteropServices;

namespace PerfBot.Bench;

/// <summary>
/// CPU time the calling thread has used, from Linux's per-thread clock: an answer's own cost, without the time the
/// scheduler gave its core to another process — on a shared machine that, not the answer, is most of a wall-clock p99.
/// A gen-0 collection runs on the thread that triggered it, so its pause is counted. NaN where the clock is not there.
/// </summary>
internal static class ThreadCpu
{
    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ThreadCpuClock, out var time) != 0) return double.NaN;
        return time.Seconds * 1e3 + time.Nanoseconds / 1e6;
    }

    private const int ThreadCpuClock = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
