namespace PerfBot.Hosting;

/// <summary>The log, the same for the bot and the verbs.</summary>
public static class PerfBotLogging
{
    public static ILoggingBuilder AddPerfBotFilters(this ILoggingBuilder logging)
    {
        // Per-request and per-retry chatter from the framework drowns the bot's own log; our handlers log what matters.
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        logging.AddFilter("Polly", LogLevel.Error);
        logging.AddFilter("Quartz", LogLevel.Warning);
        return logging;
    }

    /// <summary>A service's output goes to a log collector, which wants one JSON object per line; a person at a terminal reads text.</summary>
    public static ILoggingBuilder AddServiceConsole(this ILoggingBuilder logging)
    {
        if (Console.IsOutputRedirected) logging.AddJsonConsole(o => o.IncludeScopes = true);
        return logging;
    }

    /// <summary>Standard output is a verb's answer: its log goes to standard error.</summary>
    public static ILoggingBuilder AddVerbConsole(this ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        return logging;
    }
}
