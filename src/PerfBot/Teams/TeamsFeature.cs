using PerfBot.Telemetry;
using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using PerfBot.Conversations;

namespace PerfBot.Teams;

/// <summary>Wires the Teams channel into the host: <c>AddTeamsChannel()</c> and <c>MapTeamsChannel()</c>.</summary>
public static class TeamsFeature
{
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section)
            // The binder fills arrays only from indexed keys (Bot__AllowedTenants__0); also take one comma-separated value.
            .PostConfigure<IConfiguration>((bot, configuration) =>
            {
                if (configuration[$"{BotOptions.Section}:{nameof(BotOptions.AllowedTenants)}"] is { Length: > 0 } tenants)
                    bot.AllowedTenants = [.. bot.AllowedTenants, tenants];
            })
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddPerfBotMetrics();
        services.AddHttpClient(BotTokenValidator.MetadataHttpClient, http => http.Timeout = TimeSpan.FromSeconds(20)).WithoutRedirects();
        services.AddHttpClient(ConnectorTokenProvider.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30)).WithoutRedirects();
        services.AddSingleton<BotTokenValidator>();
        services.AddSingleton<ConnectorTokenProvider>();
        services.AddSingleton<TrustedServiceUrls>();
        services.AddSingleton<ConversationPacer>();
        services.AddSingleton<ConversationReferenceRecorder>();
        services.AddSingleton<AnswerLimits>();
        services.AddSingleton<MessageTurns>();
        services.AddSingleton<CardActionInvokes>();
        services.AddSingleton<FeedbackInvokes>();
        services.AddSingleton<SentAnswers>();
        services.AddSingleton<InstallationEvents>();
        services.AddSingleton<ActivityRouter>();
        services.AddTransient<IMessenger, TeamsMessenger>();
        services.AddTransient<IMemberDirectory, TeamsMemberDirectory>();

        // No request-by-request logging from the client factory: every reply would log two lines, and the connector
        // client logs what matters itself (retries, failures, refusals).
        services.AddHttpClient<ConnectorClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .WithoutRedirects()
            .RemoveAllLoggers()
            .AddResilienceHandler("connector", (pipeline, context) =>
            {
                var retry = context.ServiceProvider.GetRequiredService<IOptions<BotOptions>>().Value.Retry;
                var log = context.ServiceProvider.GetRequiredService<ILogger<ConnectorClient>>();
                if (retry.MaxRetries > 0) pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = retry.MaxRetries,
                    Delay = retry.BaseDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, retry)),
                    OnRetry = args =>
                    {
                        log.LogWarning("Connector call failed ({Outcome}); attempt {Attempt} in {Delay}",
                            args.Outcome.Result is { } r ? $"HTTP {(int)r.StatusCode}" : args.Outcome.Exception?.Message, args.AttemptNumber + 2, args.RetryDelay);
                        return ValueTask.CompletedTask;
                    },
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(30));
            });
        return services;
    }

    public static IEndpointRouteBuilder MapTeamsChannel(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(MessagesEndpoint.Path, MessagesEndpoint.HandleAsync);
        return endpoints;
    }

    /// <summary>
    /// Every client here carries a token or fetches the keys tokens are checked with: a 3xx is an answer (a failure),
    /// never a hop to an address the allow-list did not approve.
    /// </summary>
    private static IHttpClientBuilder WithoutRedirects(this IHttpClientBuilder client) =>
        client.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });

    /// <summary>
    /// 429 (unless Retry-After asks for longer than we will wait) and the failures Teams documents as transient. A 4xx
    /// other than these means the message itself is wrong: sending it again would not help.
    /// </summary>
    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ConnectorRetryOptions retry)
    {
        if (outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException) return true;
        if (outcome.Result is not { } response) return false;
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => response.Headers.RetryAfter?.Delta is not { } wait || wait <= retry.MaxRetryAfter,
            HttpStatusCode.PreconditionFailed or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => true,
            _ => false,
        };
    }
}
