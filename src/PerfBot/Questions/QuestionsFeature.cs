using PerfBot.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfBot.Conversations;
using PerfBot.Council;
using PerfBot.Store;

namespace PerfBot.Questions;

public static class QuestionsFeature
{
    /// <summary>Members' questions: the reader over its index of the store, and the responder every non-command turn reaches.</summary>
    public static IServiceCollection AddQuestions(this IServiceCollection services)
    {
        services.AddPerfBotMetrics();
        services.AddCouncilClock();
        // Questions:RefreshInterval is how often the store's version is polled; on PostgreSQL a change is also heard at once.
        services.TryAddSingleton(provider => new QuestionService(provider.GetRequiredService<Database>(), provider.GetRequiredService<CouncilClock>(),
            provider.GetRequiredService<IConfiguration>().GetValue<TimeSpan?>("Questions:RefreshInterval"), provider.GetService<StoreChanges>()));
        services.TryAddSingleton<IChatResponder, QuestionResponder>();
        return services;
    }
}
