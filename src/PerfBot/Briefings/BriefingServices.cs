using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfBot.Council;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PerfBot.Store;

namespace PerfBot.Briefings;

/// <summary>Registers what briefings need; the host calls AddBriefings() and MapBriefingDownloads().</summary>
public static class BriefingServices
{
    public static IServiceCollection AddBriefings(this IServiceCollection services)
    {
        services.AddOptions<BriefingOptions>().BindConfiguration(BriefingOptions.Section)
            .Validate(o => o.LinkLifetime > TimeSpan.Zero, "Briefings:LinkLifetime must be positive.")
            .ValidateOnStart();
        services.AddSingleton<BriefLinkSigner>(sp => new BriefLinkSigner(
            LinkKey.Resolve(sp.GetRequiredService<IOptions<BriefingOptions>>().Value.LinkKey, sp.GetRequiredService<Database>(), sp.GetRequiredService<TimeProvider>()),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new BriefStore(sp.GetRequiredService<Database>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new BriefSource(sp.GetRequiredService<Database>()));
        services.AddSingleton(sp => new BriefingSettingsStore(sp.GetRequiredService<Database>()));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CouncilClock>();
        services.AddSingleton<BriefingService>();
        return services;
    }
}
