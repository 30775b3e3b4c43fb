using PerfBot.Council;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfBot.Conversations;
using PerfBot.Delivery;
using PerfBot.Scheduling;

namespace PerfBot.Digests;

/// <summary>Weekly digests of each committee's exceptions: composed, kept, sent through the outbox, scheduled, and on demand in chat.</summary>
public static class DigestsFeature
{
    public static IServiceCollection AddDigests(this IServiceCollection services)
    {
        services.AddCouncilClock();
        services.TryAddSingleton<CommitteeSchedules>();
        services.TryAddSingleton<DigestStore>();
        services.TryAddSingleton<DigestBuilder>();
        services.TryAddTransient<DigestDispatcher>();
        return services
            .AddOutboxRenderer<Digest>(DigestStore.OutboxKind, DigestCard.Build)
            .AddJobs<DigestJob, DigestJobSchedule>()
            .AddChatCommand<DigestChatCommand>();
    }
}
