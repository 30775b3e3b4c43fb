using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfBot.Audit;
using PerfBot.Conversations;
using PerfBot.Roles;

namespace PerfBot.Channels;

/// <summary>Which team channel receives which committee's digests: linked and unlinked in the channel, by PerfBot's administrators only.</summary>
public static class ChannelsFeature
{
    public static IServiceCollection AddChannels(this IServiceCollection services)
    {
        services.AddAudit().AddRoles();
        services.TryAddSingleton<ChannelLinkChanges>();
        return services.AddChatCommand<LinkCommitteeCommand>().AddChatCommand<UnlinkCommitteeCommand>();
    }
}
