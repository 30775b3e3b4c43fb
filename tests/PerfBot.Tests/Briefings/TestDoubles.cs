using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using PerfBot.Briefings;
using PerfBot.Committees;
using PerfBot.Conversations;
using PerfBot.Delivery;
using PerfBot.Store;

namespace PerfBot.Tests.Briefings;

/// <summary>Records what the outbox would have sent, to whom; can be told to fail.</summary>
internal sealed class RecordingDelivery : IOutboxDelivery
{
    public ConcurrentQueue<(string To, OutboxMessage Message)> Sent { get; } = new();
    public bool Fail { get; set; }

    public Task<string?> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (Fail) throw new HttpRequestException("Teams said 502.");
        Sent.Enqueue((message.To switch { OutboxAddress.Person p => p.AadObjectId, OutboxAddress.Conversation c => c.ConversationId, _ => "?" }, message));
        return Task.FromResult<string?>($"activity-{Sent.Count}");
    }

    /// <summary>The brief and the recipient's link a sent message carried.</summary>
    public static (Brief Brief, Uri? Link) BriefOf(IServiceProvider services, OutboxMessage message)
    {
        var payload = StoredJson.Read<BriefOutbox.Payload>(message.PayloadJson);
        return (services.GetRequiredService<BriefStore>().Find(payload.BriefId)!.Brief, payload.DocumentLink);
    }
}

/// <summary>A chat platform that knows no one's email: people are recognised by their Entra object id alone.</summary>
internal sealed class NoRoster : IMemberDirectory
{
    public Task<MemberProfile?> FindAsync(ConversationReference conversation, string userId, CancellationToken cancellationToken) => Task.FromResult<MemberProfile?>(null);
}

internal static class BriefingTestServices
{
    /// <summary>Briefings as the host registers them, over a real store, with the outbox delivering to <paramref name="delivery"/> (or through the registered IMessenger).</summary>
    public static IServiceCollection AddBriefingsOver(this IServiceCollection services, Database database, TimeProvider clock, IOutboxDelivery? delivery,
        IConfiguration? configuration = null)
    {
        configuration ??= new ConfigurationBuilder().AddInMemoryCollection([new("Schedule:Enabled", "false")]).Build();
        services.AddLogging(l => l.ClearProviders());
        services.TryAddSingleton(configuration);
        services.AddSingleton(clock);
        if (delivery is not null) services.AddSingleton(delivery);
        services.TryAddSingleton<IMemberDirectory, NoRoster>();
        return services.AddStore(database).AddCommittees().AddConversations().AddDelivery(configuration).AddBriefings();
    }
}
