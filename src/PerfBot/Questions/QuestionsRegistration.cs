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
        services.TryAddSingleton(provider => new QuestionIndexHolder(
            provider.GetRequiredService<Database>(), provider.GetRequiredService<IndicatorRepository>(), provider.GetRequiredService<CouncilClock>()));
        services.TryAddSingleton(ReaderConfig.Default);
        foreach (var answerer in Answerers) services.TryAddSingleton(answerer);
        services.TryAddSingleton<AnswerDispatcher>();
        services.TryAddSingleton(provider => new QuestionService(
            provider.GetRequiredService<QuestionIndexHolder>(), provider.GetRequiredService<AnswerDispatcher>(), provider.GetRequiredService<ReaderConfig>()));
        services.TryAddSingleton<QuestionResponder>();
        // What the feature reads through, unless the host has registered it already.
        foreach (var shared in Shared) services.TryAddSingleton(shared);
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>One for each kind of answer; <see cref="AnswerDispatcher"/> takes them all.</summary>
    private static readonly Type[] Answerers =
        [typeof(IndicatorAnswerer), typeof(ListAnswerer), typeof(DidYouMeanAnswerer), typeof(NextMeetingAnswerer), typeof(HelpAnswerer), typeof(NotHeldAnswerer)];

    private static readonly Type[] Shared = [typeof(CouncilClock), typeof(IndicatorRepository), typeof(ChartCache)];
}
