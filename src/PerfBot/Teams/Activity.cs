using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfBot.Teams;

/// <summary>
/// The Bot Framework Activity, only the fields PerfBot reads or writes. Unknown fields are ignored, never rejected.
/// </summary>
internal sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }

    /// <summary>The notification preview when the message is a card.</summary>
    public string? Summary { get; init; }
    public string? Locale { get; init; }
    public string? ReplyToId { get; init; }
    public string? Name { get; init; }
    public string? Action { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public IReadOnlyList<JsonElement>? Entities { get; init; }
    public JsonElement? Value { get; init; }
    public TeamsChannelData? ChannelData { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public SuggestedActions? SuggestedActions { get; init; }
    public string? InputHint { get; init; }

    /// <summary>The tenant, wherever Teams put it.</summary>
    [JsonIgnore]
    public string? TenantId => Conversation?.TenantId ?? ChannelData?.Tenant?.Id;
}

internal static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string Typing = "typing";
}

internal sealed record ChannelAccount(string? Id, string? Name = null)
{
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }
}

/// <summary>A member as Teams describes one (GET …/members/{id}): its objectId is the Entra object id.</summary>
internal sealed record TeamsChannelAccount(string? Id, string? Name = null)
{
    public string? ObjectId { get; init; }
    public string? GivenName { get; init; }
    public string? Surname { get; init; }
    public string? Email { get; init; }
    public string? UserPrincipalName { get; init; }
    public string? TenantId { get; init; }
    public string? UserRole { get; init; }
}

internal sealed record ConversationAccount(string? Id)
{
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public bool? IsGroup { get; init; }
    public string? Name { get; init; }
}

internal sealed record Attachment(string ContentType, JsonElement? Content)
{
    public string? Name { get; init; }
    public string? ContentUrl { get; init; }

    /// <summary>A file a user sent the bot in a personal chat: content holds downloadUrl, uniqueId and fileType.</summary>
    public const string FileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";
}

internal sealed record SuggestedActions(IReadOnlyList<CardActionButton> Actions)
{
    public IReadOnlyList<string>? To { get; init; }
}

internal sealed record CardActionButton(string Type, string Title, string Value);

internal sealed record TeamsChannelData
{
    public IdOnly? Tenant { get; init; }
    public TeamInfo? Team { get; init; }
    public TeamInfo? Channel { get; init; }
    public string? EventType { get; init; }

    /// <summary>Asks Teams to show 👍/👎 under the message; a press comes back as a <c>message/submitAction</c> invoke.</summary>
    public FeedbackLoop? FeedbackLoop { get; init; }
}

internal sealed record FeedbackLoop(string Type);

internal sealed record IdOnly(string? Id);

internal sealed record TeamInfo(string? Id, string? Name = null);

/// <summary>The body of POST v3/conversations.</summary>
internal sealed record ConversationParameters
{
    public bool IsGroup { get; init; }
    public ChannelAccount? Bot { get; init; }
    public IReadOnlyList<ChannelAccount>? Members { get; init; }
    public string? TenantId { get; init; }
    public Activity? Activity { get; init; }
    public TeamsChannelData? ChannelData { get; init; }
}

internal sealed record ResourceResponse(string? Id);

internal sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);

/// <summary>The HTTP body an invoke expects back.</summary>
internal sealed record InvokeResponseBody(int StatusCode, string Type, object? Value);

internal static class ActivityJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 32,
    };
}
