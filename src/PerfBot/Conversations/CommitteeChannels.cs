namespace PerfBot.Conversations;

/// <summary>The conversations (team channels) linked to a committee, which receive its digests and, if it wants, its briefs.</summary>
public interface ICommitteeChannels
{
    IReadOnlyList<string> ChannelsOf(long committeeId);
}

/// <summary>The team channels linked to a committee with "link committee".</summary>
public sealed class LinkedChannels(ConversationReferenceStore references) : ICommitteeChannels
{
    public IReadOnlyList<string> ChannelsOf(long committeeId) => references.ChannelsOfCommittee(committeeId).Select(r => r.ConversationId).ToList();
}
