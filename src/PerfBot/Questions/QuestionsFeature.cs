using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfBot.Charts;
using PerfBot.Conversations;
using PerfBot.Council;
using PerfBot.Questions.Answering;
using PerfBot.Questions.Reading;
using PerfBot.Store;
using PerfBot.Telemetry;

namespace PerfBot.Questions;

public static class QuestionsFeature
{
    /// <summary>
    /// Members' questions: the index holder over the store, the reader's configuration, an answerer per kind of answer
    /// and their dispatcher, the <see cref="QuestionService"/> facade, and the responder every non-command turn reaches.
    /// Idempotent; the host registers the <see cref="Database"/>.
    /// </summary>
    public static IServiceCollection AddQuestions(this IServiceCollection services)
    {
        // Questions:RefreshInterval is how often the store's version is polled; on PostgreSQL a change is also heard at once.
        services.TryAddSingleton(provider => new QuestionIndexHolder(
            provider.GetRequiredService<Database>(), provider.GetRequiredService<IndicatorRepository>(), provider.GetRequiredService<CouncilClock>(),
            provider.GetService<IConfiguration>()?.GetValue<TimeSpan?>("Questions:RefreshInterval"), provider.GetService<StoreChanges>()));
        services.TryAddSingleton(ReaderConfig.Default);
        foreach (var answerer in Answerers) services.TryAddSingleton(answerer);
        services.TryAddSingleton<AnswerDispatcher>();
        services.TryAddSingleton(provider => new QuestionService(
            provider.GetRequiredService<QuestionIndexHolder>(), provider.GetRequiredService<AnswerDispatcher>(), provider.GetRequiredService<ReaderConfig>()));
        services.TryAddSingleton<IChatResponder, QuestionResponder>();
        services.TryAddSingleton<IndicatorRepository>();
        return services.AddCouncilClock().AddCharts().AddPerfBotMetrics();
    }

    /// <summary>One for each kind of answer; <see cref="AnswerDispatcher"/> takes them all.</summary>
    private static readonly Type[] Answerers =
        [typeof(IndicatorAnswerer), typeof(ListAnswerer), typeof(DidYouMeanAnswerer), typeof(NextMeetingAnswerer), typeof(HelpAnswerer), typeof(NotHeldAnswerer)];
}
