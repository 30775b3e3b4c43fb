namespace PerfBot.Testing;

/// <summary>
/// A test seam: when FaultInjection:CrashAt (environment variable FaultInjection__CrashAt) names a point the process
/// reaches, the process dies on the spot with Environment.FailFast, as a power cut would kill it. The exactly-once tests
/// run perfbot as a child process with it set, then again without, and count the sends. Only a Debug build (what the
/// tests run) has it: in a Release build, what is deployed, the calls to <see cref="Reached"/> are compiled away, so no
/// configuration can crash a production host.
/// </summary>
public sealed class FaultInjection(IConfiguration configuration)
{
    public const string Key = "FaultInjection:CrashAt";

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
    }
}
