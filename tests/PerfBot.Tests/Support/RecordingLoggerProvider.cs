using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PerfBot.Tests.Support;

/// <summary>Every message the host logs, for a test that waits for one (an event) rather than sleeping.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider, ILogger
{
    public ConcurrentQueue<string> Messages { get; } = new();
    public ILogger CreateLogger(string categoryName) => this;
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Messages.Enqueue(formatter(state, exception));

    public void Dispose() { }

    /// <summary>The first message containing <paramref name="text"/>, once logged; null if none comes in time.</summary>
    public async Task<string?> WaitForAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (Messages.FirstOrDefault(m => m.Contains(text, StringComparison.Ordinal)) is { } found) return found;
            await Task.Delay(20);
        }
        return null;
    }
}
