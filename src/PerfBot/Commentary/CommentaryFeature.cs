using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfBot.Conversations;
using PerfBot.Delivery;
using PerfBot.Questions;
using PerfBot.Scheduling;

namespace PerfBot.Commentary;

/// <summary>Commentary and actions written in Teams by owners and data officers, and the nudges that ask for them before a brief.</summary>
public static class CommentaryFeature
{
    public static IServiceCollection AddCommentary(this IServiceCollection services)
    {
        services.AddOptions<NudgeOptions>().BindConfiguration(NudgeOptions.Section)
            .Validate(o => o.WorkingDaysBeforeBrief is >= 0 and <= 20, "Nudges:WorkingDaysBeforeBrief must be between 0 and 20.")
            .ValidateOnStart();
        services.TryAddSingleton<CommentaryEdits>();
        services.TryAddTransient<NudgeDispatcher>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerActions, CommentaryAnswerActions>());
        return services
            .AddOutboxRenderer<NudgeOutbox>()
            .AddJobs<NudgeJob, NudgeJobSchedule>()
            .AddChatCommand<CommentaryCommand>();
    }
}
