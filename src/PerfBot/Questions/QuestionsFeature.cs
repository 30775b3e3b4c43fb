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
        services.TryAddSingleton(provider => new QuestionService(provider.GetRequiredService<Database>(), provider.GetRequiredService<CouncilClock>()));
        services.TryAddSingleton<IChatResponder, QuestionResponder>();
        return services;
    }
}
