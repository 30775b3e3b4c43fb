using PerfBot.Audit;
using PerfBot.Committees;
using PerfBot.Conversations;
using PerfBot.Roles;
using PerfBot.Store;

namespace PerfBot.Channels;

/// <summary>
/// Changes to the committee a channel is linked to, made by an administrator: each written with its audit entry in one
/// transaction, and told in a sentence the channel sees, so no channel gains or loses a committee's digests unseen.
/// </summary>
public sealed class ChannelLinkChanges(Database database, CommitteeChannelLinks links, ConversationReferenceStore references, AuditLog audit, TimeProvider clock)
{
    /// <summary>What a change came to: the sentence for the channel, and the committee linked before, if any.</summary>
    public sealed record Change(string Announcement, string? Before, bool Changed = true);

    public Change Link(string channelId, Committee committee, ChatUser by, Person person)
    {
        // The link's row needs the channel's reference, which the message asking for it may have left waiting.
        references.WritePending(channelId);
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var before = links.FindLink(channelId, connection, transaction);
        if (before?.CommitteeId == committee.Id)
            return new Change($"This channel is already linked to the {committee.Name}: its digests are posted here.", before.CommitteeName, Changed: false);
        links.LinkChannel(channelId, committee.Id, by, connection, transaction);
        var announcement = before is null
            ? $"{person.Display} linked this channel to the {committee.Name}: its digests will be posted here."
            : $"{person.Display} linked this channel to the {committee.Name} instead of the {before.CommitteeName}: its digests will be posted here, and the {before.CommitteeName}'s no longer.";
        audit.Write(Entry(AuditActions.ChannelLink, channelId, by, person, announcement), connection, transaction);
        transaction.Commit();
        return new Change(announcement, before?.CommitteeName);
    }

    /// <summary>Null when the channel was linked to no committee.</summary>
    public Change? Unlink(string channelId, ChatUser by, Person person)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        if (links.FindLink(channelId, connection, transaction) is not { } before) return null;
        links.UnlinkChannel(channelId, connection, transaction);
        var announcement = $"{person.Display} unlinked this channel from the {before.CommitteeName}: its digests will no longer be posted here.";
        audit.Write(Entry(AuditActions.ChannelUnlink, channelId, by, person, announcement), connection, transaction);
        transaction.Commit();
        return new Change(announcement, before.CommitteeName);
    }

    private AuditEntry Entry(string action, string channelId, ChatUser by, Person person, string detail) =>
        new(clock.GetUtcNow(), action, AuditRoutes.Chat, AuditOutcomes.Applied, person.AadObjectId ?? by.Id, person.Name, Subject: channelId, Detail: detail);
}
