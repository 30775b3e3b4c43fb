using PerfBot.Conversations;

namespace PerfBot.Briefings;

/// <summary>Briefs into Teams: a 1:1 chat with the chair (started if need be), and a new post in each linked channel.</summary>
public sealed class TeamsBriefDelivery(IMessenger messenger, ConversationReferenceStore references) : IBriefDelivery
{
    public async Task SendToPersonAsync(string aadObjectId, string? tenantId, BriefMessage message, CancellationToken cancellationToken)
    {
        var tenant = tenantId ?? references.All().FirstOrDefault(r => r.TenantId is not null)?.TenantId
            ?? throw new InvalidOperationException("No tenant is known: set briefing_settings.tenant_id, or install PerfBot in a team first.");
        await messenger.StartPersonalChatAsync(aadObjectId, tenant, BriefCard.Reply(message), cancellationToken);
    }

    public async Task<int> SendToCommitteeChannelsAsync(long committeeId, BriefMessage message, CancellationToken cancellationToken)
    {
        var channels = references.ChannelsOfCommittee(committeeId);
        foreach (var channel in channels)
            await messenger.StartChannelThreadAsync(channel, BriefCard.Reply(message), cancellationToken);
        return channels.Count;
    }
}
