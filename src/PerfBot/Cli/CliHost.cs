using Microsoft.Extensions.Hosting;
using PerfBot.Digests;
using PerfBot.Store;
using PerfBot.Teams;

namespace PerfBot.Cli;

/// <summary>
/// The services a verb needs, built the way <c>perfbot serve</c> builds them: configuration from the environment,
/// logging to standard error (standard output is the verb's answer), the store, digests and delivery.
/// </summary>
public static class CliHost
{
    public static IHost Build(Database database, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("Quartz", LogLevel.Warning);
        builder.Logging.AddFilter("Polly", LogLevel.Error);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.Services.AddSingleton(database);
        // The verbs send through the same Teams channel as the service: stored conversation references, paced, retried.
        builder.Services.AddTeamsChannel();
        builder.Services.AddDigests().AddDigestDelivery();
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
