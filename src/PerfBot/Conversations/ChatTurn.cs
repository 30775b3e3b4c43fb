using System.Text.Json;

namespace PerfBot.Conversations;

/// <summary>
/// One thing a user said to the bot, free of any channel's wire format: typed text (the bot's mention already removed),
/// or a card button's data, with who said it and where.
/// </summary>
public sealed record ChatTurn(string Text, ChatUser From, ChatPlace Place)
{
    /// <summary>A card button's data when the turn came from a button; Text then holds its "ask", if any.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>True when the turn came from an Action.Execute, whose answer replaces the card in place.</summary>
    public bool IsCardRefresh { get; init; }

    /// <summary>Files the user attached to the message (Teams delivers them to bots in personal chats only).</summary>
    public IReadOnlyList<ChatFile> Files { get; init; } = [];
}

/// <summary>A file attached to a message: its name, its type as the sender's client gave it, and where to fetch it.</summary>
/// <param name="DownloadUrl">A short-lived, pre-authenticated address of the file's content; no credentials are sent to it.</param>
public sealed record ChatFile(string Name, string? FileType, string DownloadUrl, string? UniqueId = null);

public sealed record ChatUser(string Id, string? Name, string? AadObjectId);

public enum ChatScope { Personal, GroupChat, Channel }

/// <summary>Where a turn happened. For a channel, TeamsChannelId is the channel (not the thread) and TeamId the team.</summary>
public sealed record ChatPlace(ChatScope Scope, string ConversationId, string? TenantId, string? TeamId = null, string? TeamsChannelId = null);
