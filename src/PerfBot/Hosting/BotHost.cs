using PerfBot.Council;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfBot.Briefings;
using PerfBot.Calendar;
using PerfBot.Charts;
using PerfBot.Conversations;
using PerfBot.Questions;
using PerfBot.Digests;
using PerfBot.Scheduling;
using PerfBot.Store;
using PerfBot.Teams;

namespace PerfBot.Hosting;

/// <summary>The web host behind <c>perfbot serve</c>: the Teams channel, the responder and the health endpoint.</summary>
public static class BotHost
{
    public const string DefaultUrls = "http://localhost:3978";

    /// <param name="args">Host arguments (--urls and configuration overrides such as --Bot:AppId).</param>
    /// <param name="configureServices">Lets tests replace services, e.g. the responder or an HTTP handler.</param>
    public static WebApplication Build(string[] args, Database database, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelHttpsConfiguration();
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrls);

        // Per-request and per-retry chatter from the framework drowns the bot's own log; our handlers log what matters.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.Logging.AddFilter("Polly", LogLevel.Error);
        builder.Logging.AddFilter("Quartz", LogLevel.Warning);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ConversationReferenceStore>();
        builder.Services.AddSingleton<CommitteeChannelLinks>();
        builder.Services.AddSingleton<BuiltInResponder>();
        builder.Services.AddSingleton<CouncilClock>();
        builder.Services.AddSingleton(services => new QuestionService(database, services.GetRequiredService<CouncilClock>()));
        builder.Services.AddSingleton<ChartCache>();
        builder.Services.TryAddSingleton<IndicatorRepository>();
        builder.Services.AddSingleton<IChatResponder, QuestionResponder>();
        builder.Services.AddTeamsChannel();
        builder.Services.AddBriefingsInTeams();
        builder.Services.AddCalendarSync();
        builder.Services.AddSingleton<IScheduleContributor, BriefingSchedule>();
        builder.Services.AddDigests().AddDigestDelivery().AddDigestChat();
        if (builder.Configuration.GetValue("Schedule:Enabled", true)) builder.Services.AddScheduling(database, hosted: true);
        builder.AddPerfBotTelemetry();
        builder.Services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store")
            .AddCheck<ReadinessCheck>("schema", tags: ["ready"]);
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        var bot = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<BotOptions>>().Value;
        if (!bot.AuthenticationEnabled)
        {
            var urls = (builder.Configuration["urls"] ?? DefaultUrls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (RefuseUnauthenticatedExposure(urls) is { } reason)
                throw new InvalidOperationException($"Bot:AppId is not set, so requests are not authenticated; refusing to listen on {string.Join(";", urls)}: {reason}. Bind to loopback (--urls http://localhost:3978) or configure Bot:AppId.");
            app.Logger.LogWarning("Bot:AppId is not set: inbound authentication is OFF (local development; listening on loopback only).");
        }
        else
        {
            app.Logger.LogInformation("Inbound authentication is on for app {AppId}; OpenID metadata from {Url}.", bot.AppId, bot.OpenIdMetadataUrl);
        }
        // Liveness: the store answers. Readiness adds what must be true before taking traffic.
        app.MapHealthChecks("/healthz", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = check => !check.Tags.Contains("ready") });
        app.MapHealthChecks("/readyz", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapTeamsChannel();
        app.MapBriefingDownloads();
        app.MapCharts();
        return app;
    }

    /// <summary>
    /// Without an app id nothing is authenticated, so the bot may listen only where nobody else can reach it.
    /// Returns the reason to refuse to start, or null.
    /// </summary>
    public static string? RefuseUnauthenticatedExposure(IEnumerable<string> urls)
    {
        foreach (var url in urls)
        {
            if (ListenAddress.Unusable(url) is { } unusable) return unusable;
            var normalised = url.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(normalised, UriKind.Absolute, out var uri)) return $"cannot tell whether {url} is loopback";
            if (!ListenAddress.IsLoopback(uri.Host)) return $"{url} is not a loopback address";
        }
        return null;
    }
}
