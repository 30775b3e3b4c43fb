using Microsoft.Extensions.DependencyInjection;
using PerfBot.Committees;
using PerfBot.Conversations;
using PerfBot.Store;

namespace PerfBot.Briefings;

/// <summary>
/// Briefings in the Teams host: <c>AddBriefingsInTeams()</c> after the responder is registered (it wraps whichever
/// <see cref="IChatResponder"/> is there with the "brief" command), and <c>MapBriefingDownloads()</c> for the links.
/// </summary>
public static class BriefingTeamsServices
{
    public static IServiceCollection AddBriefingsInTeams(this IServiceCollection services)
    {
        services.AddBriefings();
        services.AddSingleton<IBriefDelivery, TeamsBriefDelivery>();
        var inner = services.LastOrDefault(d => d.ServiceType == typeof(IChatResponder))
            ?? throw new InvalidOperationException("Register the chat responder before AddBriefingsInTeams(): the brief command wraps it.");
        services.Remove(inner);
        services.AddSingleton<IChatResponder>(sp => new BriefChatResponder(
            Resolve(inner, sp),
            sp.GetRequiredService<BriefingService>(),
            new CommitteeRepository(sp.GetRequiredService<Database>()),
            sp.GetRequiredService<CommitteeChannelLinks>(),
            sp.GetRequiredService<BriefingSettingsStore>(),
            sp.GetRequiredService<IMessenger>()));
        return services;
    }

    private static IChatResponder Resolve(ServiceDescriptor descriptor, IServiceProvider services) => (IChatResponder)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
