using PerfBot.Briefings;
using PerfBot.Charts;
using PerfBot.Conversations;
using PerfBot.Links;
using PerfBot.Store;
using PerfBot.Teams;

namespace PerfBot.Hosting;

/// <summary>The web host behind <c>perfbot serve</c>: every feature, and the endpoints of those that have them.</summary>
public static class BotHost
{
    public const string DefaultUrls = "http://localhost:3978";

    /// <param name="args">Host arguments (--urls and configuration overrides such as --Bot:AppId).</param>
    /// <param name="configureServices">Lets tests replace services, e.g. the question responder or an HTTP handler.</param>
    public static WebApplication Build(string[] args, Database database, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelHttpsConfiguration();
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrls);
        builder.Logging.AddPerfBotFilters().AddServiceConsole();
        builder.Services.AddPerfBot(builder.Configuration, database);
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        // The link key is made at start when the store has none yet, so no answer that carries a chart link writes it.
        app.Services.GetRequiredService<LinkSigner>();
        // The question index is built now, before the host listens: the first turns, arriving together, would otherwise
        // each hold a request thread waiting for the one that builds it, starving the pool the build's own reads need.
        app.Services.GetRequiredService<ChatRouter>();
        LoopbackGuard.Check(app, (builder.Configuration["urls"] ?? DefaultUrls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        app.MapHealth();
        app.MapTeamsChannel();
        app.MapBriefingDownloads();
        app.MapCharts();
        return app;
    }
}
