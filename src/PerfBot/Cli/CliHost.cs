using Microsoft.Extensions.Hosting;
using PerfBot.Hosting;
using PerfBot.Store;

namespace PerfBot.Cli;

/// <summary>
/// The services a verb needs, from the same feature list as <c>perfbot serve</c>: configuration from the environment,
/// the log on standard error (standard output is the verb's answer). The host is built, never started, so no
/// scheduler or background sweep runs inside a verb.
/// </summary>
public static class CliHost
{
    /// <summary>The store named by --db (created with the demo data if new), and the services over it.</summary>
    public static IHost Open(System.CommandLine.ParseResult parseResult) =>
        Build(StoreOpener.Open(GlobalOptions.ResolveDbPath(parseResult), Console.Error));

    public static IHost Build(Database database, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.AddVerbConsole().AddPerfBotFilters();
        builder.Services.AddPerfBot(builder.Configuration, database);
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
