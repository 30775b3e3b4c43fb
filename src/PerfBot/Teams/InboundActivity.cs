using System.Text.Json;
using System.Text.RegularExpressions;
using PerfBot.Cards;
using PerfBot.Conversations;

namespace PerfBot.Teams;

/// <summary>Reads what PerfBot needs from an inbound activity: the turn (mention removed) and the conversation reference.</summary>
internal static partial class InboundActivity
{
    public static ChatScope Scope(Activity activity) => activity.Conversation?.ConversationType switch
    {
        "personal" => ChatScope.Personal,
        "groupChat" => ChatScope.GroupChat,
        "channel" => ChatScope.Channel,
        _ => activity.Conversation?.IsGroup == true ? ChatScope.GroupChat : ChatScope.Personal,
    };

    /// <summary>The channel itself, for a post or a reply in one of its threads ("19:…@thread.tacv2;messageid=…").</summary>
    public static string? TeamsChannelId(Activity activity)
    {
        if (Scope(activity) != ChatScope.Channel) return null;
        if (activity.ChannelData?.Channel?.Id is { Length: > 0 } channel) return channel;
        var id = activity.Conversation!.Id!;
        var separator = id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return separator < 0 ? id : id[..separator];
    }

    public static ChatTurn Turn(Activity activity)
    {
        var from = activity.From!;
        var place = new ChatPlace(Scope(activity), activity.Conversation!.Id!, activity.TenantId, activity.ChannelData?.Team?.Id, TeamsChannelId(activity));
        var user = new ChatUser(from.Id!, from.Name, from.AadObjectId);
        var text = WithoutBotMention(activity);
        if (text.Length == 0 && AskOf(activity.Value) is { } ask) text = ask;
        return new ChatTurn(text, user, place) { Value = activity.Value, Files = Files(activity) };
    }

    /// <summary>The files attached to a message, as Teams describes them (contentType file.download.info); other attachments are not files.</summary>
    private static List<ChatFile> Files(Activity activity)
    {
        var files = new List<ChatFile>();
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (!string.Equals(attachment.ContentType, Attachment.FileDownloadInfo, StringComparison.OrdinalIgnoreCase)) continue;
            if (attachment.Content is not { ValueKind: JsonValueKind.Object } content) continue;
            if (StringOf(content, "downloadUrl") is not { Length: > 0 } url) continue;
            files.Add(new ChatFile(attachment.Name ?? "file", StringOf(content, "fileType"), url, StringOf(content, "uniqueId")));
        }
        return files;
    }

    private static string? StringOf(JsonElement o, string name) =>
        o.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    /// <summary>The turn of an Action.Execute invoke: value.action.data carries the button's data.</summary>
    public static ChatTurn? CardActionTurn(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
            return null;
        var data = action.TryGetProperty("data", out var d) ? d : (JsonElement?)null;
        var verb = action.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var text = AskOf(data) ?? verb ?? "";
        return Turn(activity with { Text = null, Value = null }) with { Text = text, Value = data, IsCardRefresh = true };
    }

    public static ConversationReference Reference(Activity activity)
    {
        var scope = Scope(activity);
        var channelId = TeamsChannelId(activity);
        return new ConversationReference(
            ConversationId: channelId ?? activity.Conversation!.Id!,
            ChannelId: activity.ChannelId ?? "msteams",
            ServiceUrl: activity.ServiceUrl!,
            Scope: scope,
            TenantId: activity.TenantId,
            BotId: activity.Recipient!.Id!,
            BotName: activity.Recipient.Name,
            TeamId: activity.ChannelData?.Team?.Id,
            TeamsChannelId: channelId,
            UserId: scope == ChatScope.Personal ? activity.From?.Id : null,
            UserAadObjectId: scope == ChatScope.Personal ? activity.From?.AadObjectId : null);
    }

    /// <summary>
    /// The text without the bot's &lt;at&gt;…&lt;/at&gt; mention, which Teams puts in the text of every channel and group
    /// chat message addressed to the bot. Other people's mentions stay: they may be what the question is about.
    /// </summary>
    public static string WithoutBotMention(Activity activity)
    {
        var text = activity.Text ?? "";
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.ValueKind != JsonValueKind.Object) continue;
            if (!entity.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "mention") continue;
            if (!entity.TryGetProperty("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object) continue;
            if (!mentioned.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String || id.GetString() != activity.Recipient?.Id) continue;
            if (entity.TryGetProperty("text", out var mentionText) && mentionText.ValueKind == JsonValueKind.String && mentionText.GetString() is { Length: > 0 } m)
                text = text.Replace(m, " ", StringComparison.Ordinal);
        }
        if (activity.Recipient?.Name is { Length: > 0 } botName)
            text = text.Replace($"<at>{botName}</at>", " ", StringComparison.OrdinalIgnoreCase);
        return Whitespace().Replace(text, " ").Trim();
    }

    private static string? AskOf(JsonElement? data) =>
        data is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(CardData.AskKey, out var ask) && ask.ValueKind == JsonValueKind.String
            ? ask.GetString()
            : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
