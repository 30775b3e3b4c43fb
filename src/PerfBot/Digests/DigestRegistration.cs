using PerfBot.Council;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfBot.Alerts;
using PerfBot.Committees;
using PerfBot.Conversations;
using PerfBot.Digests.Delivery;
using PerfBot.Questions;
using PerfBot.Store;
using PerfBot.Testing;

namespace PerfBot.Digests;

/// <summary>Digests and their outbox in the container: <c>AddDigests()</c>. Delivery (the Teams channel) is registered with it.</summary>
public static class DigestRegistration
{
    public static IServiceCollection AddDigests(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IndicatorRepository>();
        services.TryAddSingleton<CommitteeRepository>();
        services.TryAddSingleton<FaultInjection>();
        services.TryAddSingleton<Outbox>();
        services.TryAddSingleton<DigestStore>();
        services.TryAddSingleton<DigestBuilder>();
        services.TryAddTransient<OutboxSender>();
        services.TryAddTransient<DigestDispatcher>();
        services.TryAddSingleton<AlertStore>();
        services.TryAddTransient<AlertDispatcher>();
        // The alert commands find indicators with the question reader; the bot host registers the one it answers with.
        services.TryAddSingleton<CouncilClock>();
        services.AddQuestions();
        services.TryAddTransient<AlertConversation>();
        return services;
    }

    /// <summary>Sends the outbox through the Teams channel to the conversations stored at install and linked to committees.</summary>
    public static IServiceCollection AddDigestDelivery(this IServiceCollection services)
    {
        services.TryAddSingleton<ConversationReferenceStore>();
        services.TryAddSingleton<IOutboxDelivery, TeamsOutboxDelivery>();
        services.TryAddSingleton<ICommitteeChannels, LinkedChannels>();
        return services;
    }

    /// <summary>Puts the digest and alert commands in front of whichever chat responder is registered.</summary>
    public static IServiceCollection AddDigestChat(this IServiceCollection services)
    {
        var inner = services.LastOrDefault(d => d.ServiceType == typeof(IChatResponder))
            ?? throw new InvalidOperationException("Register the chat responder before AddDigestChat().");
        services.Remove(inner);
        services.TryAddSingleton<CommitteeChannelLinks>();
        services.AddSingleton<IChatResponder>(provider => ActivatorUtilities.CreateInstance<DigestChatResponder>(provider, Resolve(provider, inner)));
        return services;
    }

    private static IChatResponder Resolve(IServiceProvider provider, ServiceDescriptor descriptor) => (IChatResponder)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
