using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfBot.Charts;
using PerfBot.Conversations;
using PerfBot.Council;
using PerfBot.Questions.Answering;
using PerfBot.Questions.Conversing;
using PerfBot.Questions.Learning;
using PerfBot.Questions.Reading;
using PerfBot.Scheduling;
using Microsoft.Extensions.Options;
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
            provider.GetService<IConfiguration>()?.GetValue<TimeSpan?>("Questions:RefreshInterval"), provider.GetService<StoreChanges>(),
            provider.GetService<ILogger<QuestionIndexHolder>>()));
        services.TryAddSingleton(ReaderConfig.Default);
        foreach (var answerer in Answerers) services.TryAddSingleton(answerer);
        // Briefings composes the brief's focus and questions; without it, "what should I ask about?" says none is available.
        services.TryAddSingleton<IMeetingPreparer, NoMeetingPreparation>();
        services.TryAddSingleton<AnswerDispatcher>();
        services.TryAddSingleton(provider => new QuestionService(
            provider.GetRequiredService<QuestionIndexHolder>(), provider.GetRequiredService<AnswerDispatcher>(), provider.GetRequiredService<ReaderConfig>()));
        services.AddConversationContexts();
        services.TryAddSingleton<QuestionLog>();
        services.TryAddSingleton<IChatResponder, QuestionResponder>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatFeedback, FeedbackToQuestionLog>());
        services.AddOptions<QuestionLogOptions>().BindConfiguration(QuestionLogOptions.Section).ValidateDataAnnotations();
        services.AddScheduledJob<UnansweredWeeklyJob>(provider =>
            ScheduledJob.Of<UnansweredWeeklyJob>(UnansweredWeeklyJob.Name, "Weekly line to data officers: questions with no answer",
                provider.GetRequiredService<IOptions<QuestionLogOptions>>().Value.WeeklyCron, provider.GetRequiredService<IOptions<ScheduleOptions>>().Value.TimeZone,
                MissedFire.CatchUpWithinWindow));
        services.TryAddSingleton<IndicatorRepository>();
        return services.AddCouncilClock().AddCharts().AddPerfBotMetrics();
    }

    /// <summary>One for each kind of answer; <see cref="AnswerDispatcher"/> takes them all.</summary>
    private static readonly Type[] Answerers =
        [typeof(IndicatorAnswerer), typeof(ComparisonAnswerer), typeof(ListAnswerer), typeof(DidYouMeanAnswerer), typeof(CommitteeAnswerer), typeof(MeetingAnswerer),
         typeof(ForwardPlanAnswerer), typeof(PrepareAnswerer), typeof(HelpAnswerer), typeof(ClarifyAnswerer), typeof(NotHeldAnswerer)];
}
