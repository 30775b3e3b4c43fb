using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using PerfBot.Telemetry;

namespace PerfBot.Tests.Support;

internal static class TestMetrics
{
    /// <summary>PerfBot's metrics on a meter factory of their own, for classes a test builds by hand.</summary>
    public static PerfBotMetrics Create(IMeterFactory? meters = null) =>
        new(meters ?? new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());
}
