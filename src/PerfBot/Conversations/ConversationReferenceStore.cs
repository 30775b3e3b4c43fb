using Dapper;
using PerfBot.Store;

namespace PerfBot.Conversations;

/// <summary>
/// The conversation_references table: saved at install, removed at uninstall, read for proactive messages. Inbound
/// activities save and remove through <see cref="PendingReferences"/> (<see cref="SaveLater"/>, <see cref="RemoveLater"/>),
/// written by <see cref="ConversationReferenceWriter"/>, so no answer waits for the store's write lock; what is waiting
/// is read as if written.
/// </summary>
public sealed class ConversationReferenceStore(Database database, TimeProvider clock, PendingReferences? pending = null)
{
    private const string Columns = """
        conversation_id, channel_id, service_url, scope, tenant_id, bot_id, bot_name, team_id, teams_channel_id,
        user_id, user_aad_object_id
        """;

    /// <summary>
    /// Every message saves its conversation's reference (it keeps the serviceUrl fresh), but a member's next question
    /// usually carries the same one: a reference this process saved unchanged within <see cref="Unchanged"/> is not
    /// written again. Forgotten on removal; cleared when it holds <see cref="Remembered"/> conversations.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (ConversationReference Reference, DateTimeOffset SavedAt)> _saved = new(StringComparer.Ordinal);

    public static readonly TimeSpan Unchanged = TimeSpan.FromHours(1);
    public const int Remembered = 10_000;

    // Bumped by every removal: a save that overlapped one does not remember a row the removal may have deleted.
    private long _removals;

    /// <summary>Saves now, waiting for the write lock as long as <paramref name="busyTimeout"/> (by default the store's).</summary>
    public void Save(ConversationReference reference, TimeSpan? busyTimeout = null)
    {
        var at = clock.GetUtcNow();
        if (IsUnchanged(reference, at)) return;
        var removals = Interlocked.Read(ref _removals);
        Write(reference, at, busyTimeout ?? Database.DefaultBusyTimeout);
        if (_saved.Count >= Remembered) _saved.Clear();
        _saved[reference.ConversationId] = (reference, at);
        if (Interlocked.Read(ref _removals) != removals) _saved.Clear();
    }

    /// <summary>
    /// Saves in the background when the host runs a <see cref="ConversationReferenceWriter"/>, else now. False when the
    /// writer's queue is full and the save was dropped (the conversation's next message saves it again).
    /// </summary>
    /// <param name="installed">
    /// The bot was just added to the conversation: written whatever this process remembers, since another instance
    /// sharing the store may have removed the row (an uninstall it handled) since this one saved it.
    /// </param>
    public bool SaveLater(ConversationReference reference, bool installed = false)
    {
        if (installed) _saved.TryRemove(reference.ConversationId, out _);
        if (pending is null)
        {
            Save(reference);
            return true;
        }
        return IsUnchanged(reference, clock.GetUtcNow()) || pending.Enqueue(reference);
    }

    /// <summary>Removes in the background when the host runs a <see cref="ConversationReferenceWriter"/>, else now.</summary>
    public void RemoveLater(string conversationId, string? teamId)
    {
        if (pending is null) Remove(conversationId, teamId);
        else pending.EnqueueRemoval(conversationId, teamId);
    }

    /// <summary>Writes a conversation's waiting save now, for a write that needs its row (a channel link).</summary>
    public void WritePending(string conversationId)
    {
        if (pending?.TakeSave(conversationId) is not { } waiting) return;
        try
        {
            Save(waiting);
        }
        catch
        {
            pending.Enqueue(waiting);
            throw;
        }
    }

    private bool IsUnchanged(ConversationReference reference, DateTimeOffset at) =>
        _saved.TryGetValue(reference.ConversationId, out var last) && last.Reference == reference && at - last.SavedAt < Unchanged;

    private void Write(ConversationReference reference, DateTimeOffset at, TimeSpan busyTimeout)
    {
        var now = at.ToString("O");
        using var connection = database.Open(busyTimeout);
        connection.Execute($"""
            INSERT INTO conversation_references ({Columns}, installed_at, updated_at)
            VALUES (@ConversationId, @ChannelId, @ServiceUrl, @Scope, @TenantId, @BotId, @BotName, @TeamId, @TeamsChannelId,
                    @UserId, @UserAadObjectId, @Now, @Now)
            ON CONFLICT (conversation_id) DO UPDATE SET
                channel_id = excluded.channel_id, service_url = excluded.service_url, scope = excluded.scope,
                tenant_id = excluded.tenant_id, bot_id = excluded.bot_id, bot_name = excluded.bot_name,
                team_id = coalesce(excluded.team_id, conversation_references.team_id), teams_channel_id = coalesce(excluded.teams_channel_id, conversation_references.teams_channel_id),
                user_id = coalesce(excluded.user_id, conversation_references.user_id), user_aad_object_id = coalesce(excluded.user_aad_object_id, conversation_references.user_aad_object_id),
                updated_at = excluded.updated_at
            """,
            new
            {
                reference.ConversationId, reference.ChannelId, reference.ServiceUrl, Scope = ScopeName(reference.Scope),
                reference.TenantId, reference.BotId, reference.BotName, reference.TeamId, reference.TeamsChannelId,
                reference.UserId, reference.UserAadObjectId, Now = now,
            }, commandTimeout: CommandTimeout(busyTimeout));
    }

    // Microsoft.Data.Sqlite retries a busy statement until the command times out, whatever busy_timeout says; on
    // PostgreSQL a write waiting on a row lock waits until then too. Dapper's 0 would mean forever.
    private static int? CommandTimeout(TimeSpan? wait) => wait is { } w ? Math.Max(1, (int)Math.Ceiling(w.TotalSeconds)) : null;

    /// <summary>Forgets a conversation and, when the bot leaves a team, every channel of that team.</summary>
    public int Remove(string conversationId, string? teamId, TimeSpan? busyTimeout = null)
    {
        using var connection = database.Open(busyTimeout ?? Database.DefaultBusyTimeout);
        var removed = connection.Execute(
            "DELETE FROM conversation_references WHERE conversation_id = @conversationId OR (@teamId IS NOT NULL AND team_id = @teamId)",
            new { conversationId, teamId }, commandTimeout: CommandTimeout(busyTimeout));
        // After the delete, so a save that overlapped it sees the count move and forgets what it wrote. A team's channels go
        // with it; which ones this process remembers is not worth working out for a rare event.
        Interlocked.Increment(ref _removals);
        _saved.Clear();
        return removed;
    }

    public ConversationReference? Find(string conversationId)
    {
        if (pending is not null && pending.TryFind(conversationId, out var waiting)) return waiting;
        using var connection = database.Open();
        var row = connection.QuerySingleOrDefault<Row>(
            $"SELECT {Columns} FROM conversation_references WHERE conversation_id = @conversationId", new { conversationId });
        return row?.ToReference();
    }

    /// <summary>Whether any stored conversation has this serviceUrl (with or without its trailing slash).</summary>
    public bool HasServiceUrl(string serviceUrl)
    {
        if (pending?.FindWaiting(r => r.ServiceUrl.TrimEnd('/') == serviceUrl.TrimEnd('/')) is not null) return true;
        using var connection = database.Open();
        return connection.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM conversation_references WHERE rtrim(service_url, '/') = @url)",
            new { url = serviceUrl.TrimEnd('/') });
    }

    public IReadOnlyList<ConversationReference> All()
    {
        using var connection = database.Open();
        return connection.Query<Row>($"SELECT {Columns} FROM conversation_references ORDER BY conversation_id").Select(r => r.ToReference()).ToList();
    }

    /// <summary>Any conversation in the tenant: its serviceUrl and bot id are what a new 1:1 chat there needs.</summary>
    public ConversationReference? FindAnyInTenant(string tenantId)
    {
        // A conversation just installed may still be waiting to be written; it is the newest.
        if (pending?.FindWaiting(r => r.TenantId == tenantId) is { } waiting) return waiting;
        using var connection = database.Open();
        var row = connection.QueryFirstOrDefault<Row>(
            $"SELECT {Columns} FROM conversation_references WHERE tenant_id = @tenantId ORDER BY updated_at DESC", new { tenantId });
        return row?.ToReference();
    }

    /// <summary>The channels linked to a committee, for its digests.</summary>
    public IReadOnlyList<ConversationReference> ChannelsOfCommittee(long committeeId)
    {
        using var connection = database.Open();
        return connection.Query<Row>($"""
            SELECT {string.Join(", ", Columns.Split(',').Select(c => "r." + c.Trim()))}
            FROM committee_channels l JOIN conversation_references r ON r.conversation_id = l.conversation_id
            WHERE l.committee_id = @committeeId ORDER BY r.conversation_id
            """, new { committeeId }).Select(r => r.ToReference()).ToList();
    }

    internal static string ScopeName(ChatScope scope) => scope switch
    {
        ChatScope.Personal => "personal",
        ChatScope.GroupChat => "groupChat",
        _ => "channel",
    };

    private sealed record Row(
        string ConversationId, string ChannelId, string ServiceUrl, string Scope, string? TenantId, string BotId, string? BotName,
        string? TeamId, string? TeamsChannelId, string? UserId, string? UserAadObjectId)
    {
        public ConversationReference ToReference() => new(
            ConversationId, ChannelId, ServiceUrl,
            Scope switch { "personal" => ChatScope.Personal, "groupChat" => ChatScope.GroupChat, _ => ChatScope.Channel },
            TenantId, BotId, BotName, TeamId, TeamsChannelId, UserId, UserAadObjectId);
    }
}
