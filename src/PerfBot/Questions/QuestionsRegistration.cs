using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfBot.Charts;
using PerfBot.Council;
using PerfBot.Questions.Answering;
using PerfBot.Questions.Reading;
using PerfBot.Store;

namespace PerfBot.Questions;

/// <summary>Members' questions in the container: <c>AddQuestions()</c>. Idempotent, so every feature that asks questions may call it.</summary>
public static class QuestionsRegistration
{
    /// <summary>The index holder, the reader's configuration, the answerers and their dispatcher, the facade and the chat
    /// responder. The host registers the <see cref="Database"/>; the clock and the store classes are added if missing.</summary>
    public static IServiceCollection AddQuestions(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CouncilClock>();
        services.TryAddSingleton<IndicatorRepository>();
        services.TryAddSingleton<ChartCache>();
        services.TryAddSingleton(provider => new QuestionIndexHolder(
            provider.GetRequiredService<Database>(), provider.GetRequiredService<IndicatorRepository>(), provider.GetRequiredService<CouncilClock>()));
        services.TryAddSingleton(ReaderConfig.Default);
        services.TryAddSingleton<IndicatorAnswerer>();
        services.TryAddSingleton<ListAnswerer>();
        services.TryAddSingleton<DidYouMeanAnswerer>();
        services.TryAddSingleton<NextMeetingAnswerer>();
        services.TryAddSingleton<HelpAnswerer>();
        services.TryAddSingleton<NotHeldAnswerer>();
        services.TryAddSingleton<AnswerDispatcher>();
        services.TryAddSingleton(provider => new QuestionService(
            provider.GetRequiredService<QuestionIndexHolder>(), provider.GetRequiredService<AnswerDispatcher>(), provider.GetRequiredService<ReaderConfig>()));
        services.TryAddSingleton<QuestionResponder>();
        return services;
    }
}
