using PerfBot.Audit;
using PerfBot.Council;
using PerfBot.Roles;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PerfBot.Conversations;
using PerfBot.Delivery;
using PerfBot.Links;
using PerfBot.Questions;
using PerfBot.Scheduling;
using PerfBot.Store;

namespace PerfBot.Briefings;

/// <summary>Chairs' pre-meeting briefs: composed, kept, sent, scheduled daily, asked for in chat, and downloaded as Word documents.</summary>
public static class BriefingsFeature
{
    public static IServiceCollection AddBriefings(this IServiceCollection services)
    {
        services.AddCouncilClock();
        services.AddOptions<BriefingOptions>().BindConfiguration(BriefingOptions.Section)
            .Validate(o => o.LinkLifetime > TimeSpan.Zero, "Briefings:LinkLifetime must be positive.")
            .ValidateOnStart();
        services.AddLinks();
        services.TryAddSingleton(sp => new BriefLinkSigner(sp.GetRequiredService<LinkSigner>()));
        services.TryAddSingleton<BriefStore>();
        services.TryAddSingleton<BriefSource>();
        // The members' "what should I ask about?" answer is composed as the chair's brief is.
        services.Replace(ServiceDescriptor.Singleton<IMeetingPreparer, BriefPreparation>());
        services.TryAddSingleton<CommitteeBriefingSettingsStore>();
        services.TryAddSingleton<BriefingRecipients>();
        services.TryAddTransient<BriefAudience>();
        services.AddAudit().AddRoles();
        services.TryAddTransient<BriefDispatcher>();
        return services
            .AddOutboxRenderer<BriefOutbox>()
            // Safe to run again, so a day missed while the service was down runs once on return.
            .AddScheduledJob<BriefsDueJob>(provider => ScheduledJob.Of<BriefsDueJob>(BriefsDueJob.Name, "Sends the pre-meeting briefs due today",
                provider.GetRequiredService<IOptions<BriefingOptions>>().Value.Schedule, CouncilClock.ZoneId, MissedFire.RunOnceOnReturn))
            .AddChatCommand<BriefChatCommand>();
    }
}
