using System.Text.Json;
using System.Text.Json.Nodes;

namespace PerfBot.Tests.Support;

/// <summary>Activities as Teams sends them (shapes taken from the Agents Playground and Microsoft's samples).</summary>
public static class TeamsActivities
{
    /// <summary>The words of a reply the bot sent: its card's summary when it has one, else the message text.</summary>
    public static string WordsOf(JsonElement reply) =>
        reply.TryGetProperty("summary", out var summary) && summary.ValueKind == JsonValueKind.String ? summary.GetString()! : reply.GetProperty("text").GetString()!;

    public const string BotId = "28:11111111-2222-3333-4444-555555555555";
    public const string BotName = "PerfBot";
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string TeamId = "19:team-general@thread.tacv2";
    public const string ChannelId = "19:scrutiny-channel@thread.tacv2";

    public static JsonObject PersonalMessage(string serviceUrl, string text, string conversationId = "a:personal-chat-1", string id = "msg-1") => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = "Cllr Jane Smith", ["aadObjectId"] = "aad-user-1" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = Tenant },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = "en-GB",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        ["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-GB" }),
    };

    /// <summary>A post in a team channel that @mentions the bot, as Teams delivers it.</summary>
    public static JsonObject ChannelMessage(string serviceUrl, string textAfterMention, string id = "1700000000001")
    {
        var mention = $"<at>{BotName}</at>";
        var activity = PersonalMessage(serviceUrl, $"{mention} {textAfterMention}", $"{ChannelId};messageid={id}", id);
        activity["conversation"] = new JsonObject
        {
            ["id"] = $"{ChannelId};messageid={id}", ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = Tenant,
        };
        activity["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = Tenant },
            ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = "Scrutiny" },
            ["channel"] = new JsonObject { ["id"] = ChannelId, ["name"] = "People and Health" },
        };
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = mention,
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        });
        return activity;
    }

    public static JsonObject BotInstalledInTeam(string serviceUrl) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = "f:install-1",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:user-1", ["aadObjectId"] = "aad-user-1" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = new JsonObject { ["id"] = TeamId, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = Tenant },
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }),
        ["channelData"] = new JsonObject
        {
            ["eventType"] = "teamMemberAdded",
            ["tenant"] = new JsonObject { ["id"] = Tenant },
            ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = "Scrutiny" },
        },
    };

    public static JsonObject PersonalInstallation(string serviceUrl, string action, string conversationId = "a:personal-chat-1") => new()
    {
        ["type"] = "installationUpdate",
        ["id"] = "f:installation",
        ["action"] = action,
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:user-1", ["aadObjectId"] = "aad-user-1" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = Tenant },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
    };
}
