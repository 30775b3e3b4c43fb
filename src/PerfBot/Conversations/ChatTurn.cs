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
}

public sealed record ChatUser(string Id, string? Name, string? AadObjectId);

public enum ChatScope { Personal, GroupChat, Channel }

/// <summary>Where a turn happened. For a channel, TeamsChannelId is the channel (not the thread) and TeamId the team.</summary>
public sealed record ChatPlace(ChatScope Scope, string ConversationId, string? TenantId, string? TeamId = null, string? TeamsChannelId = null);
