namespace PerfBot.Testing;

/// <summary>
/// A test seam: when FaultInjection:CrashAt (environment variable FaultInjection__CrashAt) names a point the process
/// reaches, the process dies on the spot with Environment.FailFast, as a power cut would kill it; when
/// FaultInjection:HoldAt names it, the thread that reached it stops there for good (after saying so on standard error),
/// so a test can kill -9 the process at that moment while the rest of it — its leases, its cluster check-ins — still
/// looks alive. The exactly-once tests run perfbot as child processes with these set and count the sends. Only a Debug
/// build (what the tests run) has it: in a Release build, what is deployed, the calls to <see cref="Reached"/> are
/// compiled away, so no configuration can crash or stall a production host.
/// </summary>
public sealed class FaultInjection(IConfiguration configuration)
{
    public const string Key = "FaultInjection:CrashAt";
    public const string HoldKey = "FaultInjection:HoldAt";

    /// <summary>After a digest or alert is stored in the outbox, before anything is sent.</summary>
    public const string AfterCompose = "after-compose";

    /// <summary>After a message is sent and marked sent.</summary>
    public const string AfterSend = "after-send";

    public static FaultInjection None { get; } = new(new ConfigurationBuilder().Build());

    [System.Diagnostics.Conditional("DEBUG")]
    public void Reached(string point)
    {
        if (string.Equals(configuration[Key], point, StringComparison.OrdinalIgnoreCase))
            Environment.FailFast($"Fault injection: crashing at '{point}' as {Key} asks.");
        if (string.Equals(configuration[HoldKey], point, StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine($"Fault injection: holding at '{point}' as {HoldKey} asks.");
            Console.Error.Flush();
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
