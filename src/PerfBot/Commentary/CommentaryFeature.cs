using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PerfBot.Council;
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
            .AddOutboxRenderer<Nudge>(NudgeDispatcher.OutboxKind, NudgeCard.Build)
            // Each working day; safe to run again, so a day missed while the service was down runs once on return.
            .AddScheduledJob<NudgeJob>(provider => ScheduledJob.Of<NudgeJob>(NudgeJob.Name, "Asks owners for commentary before briefs are composed",
                provider.GetRequiredService<IOptions<NudgeOptions>>().Value.Schedule, CouncilClock.ZoneId, MissedFire.RunOnceOnReturn))
            .AddChatCommand<CommentaryCommand>();
    }
}
