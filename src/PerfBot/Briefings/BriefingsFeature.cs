using PerfBot.Council;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PerfBot.Conversations;
using PerfBot.Links;
using PerfBot.Scheduling;
using PerfBot.Store;
using Quartz;

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
        services.TryAddSingleton<BriefingSettingsStore>();
        services.TryAddSingleton<IBriefDelivery, TeamsBriefDelivery>();
        services.TryAddSingleton<BriefingService>();
        return services
            .AddJob<BriefingJob>().AddJobSchedule<BriefingJobSchedule>()
            .AddChatCommand<BriefChatCommand>();
    }
}

/// <summary>The daily check for briefs due, at Briefings:Schedule in UK time; safe to run again, so a missed day runs once on return.</summary>
public sealed class BriefingJobSchedule(IOptions<BriefingOptions> options) : IJobSchedule
{
    public IEnumerable<ScheduledJob> Jobs() =>
    [
        new(JobBuilder.Create<BriefingJob>().WithIdentity(BriefingJob.Key).WithDescription("Sends the pre-meeting briefs due today").StoreDurably().Build(),
            options.Value.Schedule, Council.CouncilClock.ZoneId, MissedFire.RunOnceOnReturn),
    ];
}
