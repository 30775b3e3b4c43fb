using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfBot.Conversations.Commands;

namespace PerfBot.Conversations;

/// <summary>What the bot says and to whom, free of any channel: the command table, the router, stored conversations and channel links.</summary>
public static class ConversationsFeature
{
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.TryAddSingleton<PendingReferences>();
        services.TryAddSingleton<ConversationReferenceStore>();
        // Writes the references inbound activities save, off the request path.
        services.AddHostedService<ConversationReferenceWriter>();
        services.TryAddSingleton<CommitteeChannelLinks>();
        services.TryAddSingleton<ICommitteeChannels, LinkedChannels>();
        services.TryAddSingleton<ChatCommandTable>();
        services.TryAddSingleton<ChatRouter>();
        return services;
    }

    /// <summary>Adds a command to the table; its place there is its <see cref="IChatCommand.Order"/>, not the order of these calls.</summary>
    public static IServiceCollection AddChatCommand<T>(this IServiceCollection services) where T : class, IChatCommand
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommand, T>());
        return services;
    }
}
