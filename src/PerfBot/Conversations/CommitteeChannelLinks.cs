using System.Data;
using System.Globalization;
using Dapper;
using PerfBot.Store;

namespace PerfBot.Conversations;

/// <summary>
/// The links from team channels to the committee whose digests (and, if it wants, briefs) they receive. Who may change
/// them is decided where they are changed (the Channels feature); each change can join the caller's transaction, so its
/// audit entry is written with it or not at all.
/// </summary>
public sealed class CommitteeChannelLinks(Database database, TimeProvider clock)
{
    public sealed record Link(string ConversationId, long CommitteeId, string CommitteeName, string LinkedByUserId, string? LinkedByName, DateTimeOffset LinkedAt);

    /// <summary>Links a channel (which must already have a conversation reference) to a committee, replacing any earlier link.</summary>
    public void LinkChannel(string channelConversationId, long committeeId, ChatUser linkedBy, IDbConnection? connection = null, IDbTransaction? transaction = null)
    {
        using var own = connection is null ? database.Open() : null;
        (connection ?? own!).Execute("""
            INSERT INTO committee_channels (conversation_id, committee_id, linked_by_user_id, linked_by_aad_object_id, linked_by_name, linked_at)
            VALUES (@channelConversationId, @committeeId, @Id, @AadObjectId, @Name, @Now)
            ON CONFLICT (conversation_id) DO UPDATE SET
                committee_id = excluded.committee_id, linked_by_user_id = excluded.linked_by_user_id,
                linked_by_aad_object_id = excluded.linked_by_aad_object_id, linked_by_name = excluded.linked_by_name,
                linked_at = excluded.linked_at
            """,
            new { channelConversationId, committeeId, linkedBy.Id, linkedBy.AadObjectId, linkedBy.Name, Now = clock.GetUtcNow().ToString("O") }, transaction);
    }

    /// <summary>Removes a channel's link; false when it had none.</summary>
    public bool UnlinkChannel(string channelConversationId, IDbConnection? connection = null, IDbTransaction? transaction = null)
    {
        using var own = connection is null ? database.Open() : null;
        return (connection ?? own!).Execute("DELETE FROM committee_channels WHERE conversation_id = @channelConversationId", new { channelConversationId }, transaction) == 1;
    }

    public Link? FindLink(string channelConversationId, IDbConnection? connection = null, IDbTransaction? transaction = null)
    {
        using var own = connection is null ? database.Open() : null;
        var row = (connection ?? own!).QuerySingleOrDefault<LinkRow>("""
            SELECT l.conversation_id, l.committee_id, c.name AS committee_name, l.linked_by_user_id, l.linked_by_name, l.linked_at
            FROM committee_channels l JOIN committees c ON c.id = l.committee_id
            WHERE l.conversation_id = @channelConversationId
            """, new { channelConversationId }, transaction);
        return row is null ? null : new Link(row.ConversationId, row.CommitteeId, row.CommitteeName, row.LinkedByUserId, row.LinkedByName, DateTimeOffset.Parse(row.LinkedAt, CultureInfo.InvariantCulture));
    }

    private sealed record LinkRow(string ConversationId, long CommitteeId, string CommitteeName, string LinkedByUserId, string? LinkedByName, string LinkedAt);
}
