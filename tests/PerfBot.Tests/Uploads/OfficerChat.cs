using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Uploads;

/// <summary>
/// PerfBot's real host on Kestrel over a demo store, a loopback Bot Connector, a loopback file server for downloads, and
/// a fake clock: what officers' tests drive through POST /api/messages.
/// </summary>
internal sealed class OfficerChat : IAsyncDisposable
{
    public const string OfficerAad = "aad-officer-1", OfficerTeamsId = "29:officer-1", OfficerName = "Jo Bloggs";
    public const string MemberAad = "aad-member-2", MemberTeamsId = "29:member-2", MemberName = "Cllr Sam Patel";

    public FakeTimeProvider Clock { get; }

    private OfficerChat(FakeTimeProvider clock) => Clock = clock;
    public FakeConnector Connector { get; private set; } = null!;
    public LoopbackFiles Files { get; private set; } = null!;
    public BotUnderTest Bot { get; private set; } = null!;
    private int _messages;

    public static async Task<OfficerChat> StartAsync(IEnumerable<(string, string)>? settings = null, Action<IServiceCollection>? configureServices = null,
        TempStore? store = null, bool keepStore = false, FakeTimeProvider? clock = null)
    {
        var chat = new OfficerChat(clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 2, 10, 9, 0, 0, TimeSpan.Zero)));
        chat.Connector = await FakeConnector.StartAsync();
        chat.Files = await LoopbackFiles.StartAsync();
        chat.Bot = await BotUnderTest.StartAsync(store ?? TempStore.WithDemoData(), [("Roles:DataOfficers", $"{OfficerAad}, second.officer@dorsetcouncil.gov.uk"), .. settings ?? []],
            configureServices: services =>
            {
                services.AddSingleton<TimeProvider>(chat.Clock);
                configureServices?.Invoke(services);
            }, keepStore: keepStore);
        // The first turn settles what the host sets up once (a conversation's reference, the brief links' key), so a test's
        // "before" is taken from a store that only its own actions change.
        await chat.SayAsync("help");
        await chat.SayAsync("help", asMember: true);
        return chat;
    }

    public static JsonObject Message(string text, string teamsId, string aad, string name, string conversation)
    {
        var activity = TeamsActivities.PersonalMessage("", text, conversation);
        activity["from"] = new JsonObject { ["id"] = teamsId, ["name"] = name, ["aadObjectId"] = aad };
        return activity;
    }

    /// <summary>Says something in the person's 1:1 chat and returns PerfBot's reply to it, as the connector received it.</summary>
    public async Task<JsonElement> SayAsync(string text, bool asMember = false, JsonArray? attachments = null)
    {
        var activity = asMember ? Message(text, MemberTeamsId, MemberAad, MemberName, "a:member-chat") : Message(text, OfficerTeamsId, OfficerAad, OfficerName, "a:officer-chat");
        var id = $"msg-{Interlocked.Increment(ref _messages)}";
        activity["serviceUrl"] = Connector.ServiceUrl;
        activity["id"] = id;
        if (attachments is not null) activity["attachments"] = attachments;
        Assert.Equal(HttpStatusCode.OK, (await Bot.PostAsync(activity)).StatusCode);
        // A reply goes to POST v3/conversations/{conversation}/activities/{the message's id}.
        bool IsReply(FakeConnector.Call c) => IsMessage(c) && c.Path.EndsWith($"/activities/{id}", StringComparison.Ordinal);
        var replies = await Connector.WaitForCallsAsync(1, TimeSpan.FromSeconds(30), IsReply);
        return Assert.Single(replies).Body;
    }

    /// <summary>Serves the file on the loopback file server and sends it in the chat, as Teams does.</summary>
    public Task<JsonElement> SendFileAsync(string name, byte[] content, bool asMember = false, string? fileType = null)
    {
        Files.Files[name] = content;
        return SayAsync("", asMember, [FileAttachment(name, Files.Url(name), fileType ?? Path.GetExtension(name).TrimStart('.'))]);
    }

    public Task<JsonElement> SendFileAsync(string name, string csv, bool asMember = false) => SendFileAsync(name, Encoding.UTF8.GetBytes(csv), asMember);

    /// <summary>The attachment Teams puts on a message for a file sent to a bot in a personal chat.</summary>
    public static JsonObject FileAttachment(string name, string downloadUrl, string fileType) => new()
    {
        ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
        ["contentUrl"] = $"https://dorsetcouncil-my.sharepoint.com/personal/jo_bloggs/Documents/Microsoft Teams Chat Files/{name}",
        ["name"] = name,
        ["content"] = new JsonObject { ["downloadUrl"] = downloadUrl, ["uniqueId"] = Guid.NewGuid().ToString().ToUpperInvariant(), ["fileType"] = fileType, ["etag"] = "\"{1150D938},1\"" },
    };

    /// <summary>Presses an Action.Execute button of a card and returns the card that replaces it.</summary>
    /// <param name="inputs">What the person typed in the card's inputs: Teams sends them by id beside the button's data.</param>
    public async Task<JsonElement> PressAsync(JsonElement action, bool asMember = false, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var data = JsonNode.Parse(action.GetProperty("data").GetRawText())!.AsObject();
        foreach (var (id, text) in inputs ?? new Dictionary<string, string>()) data[id] = text;
        var invoke = asMember ? Message("", MemberTeamsId, MemberAad, MemberName, "a:member-chat") : Message("", OfficerTeamsId, OfficerAad, OfficerName, "a:officer-chat");
        invoke["serviceUrl"] = Connector.ServiceUrl;
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = action.GetProperty("verb").GetString(), ["data"] = data },
            ["trigger"] = "manual",
        };
        var response = await Bot.PostAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        return body.GetProperty("value");
    }

    public static JsonElement CardOf(JsonElement message) => message.GetProperty("attachments")[0].GetProperty("content");

    /// <summary>What the reply says in words: with a card, its summary (the text then holds only citation markers).</summary>
    public static string TextOf(JsonElement message) => message.TryGetProperty("summary", out var s) && s.ValueKind == JsonValueKind.String
        ? s.GetString()!
        : message.GetProperty("text").GetString()!;

    public static IReadOnlyList<JsonElement> Actions(JsonElement card) =>
        card.TryGetProperty("actions", out var actions) ? actions.EnumerateArray().ToList() : [];

    public static JsonElement Button(JsonElement card, string title) => Actions(card).Single(a => a.GetProperty("title").GetString() == title);

    /// <summary>
    /// The store's figures and everything else but the bookkeeping of who did what (audit, previews, people met, and the
    /// conversations' references, which are written off the request path whenever the writer gets to them), and whatever
    /// else a test names (the outbox, say).
    /// </summary>
    public string Figures(params string[] alsoLeftOut) =>
        Bot.Store.Dump(t => t is not ("audit_log" or "import_previews" or "people" or "conversation_references") && !alsoLeftOut.Contains(t));

    private static bool IsMessage(FakeConnector.Call c) => c.Body.TryGetProperty("type", out var type) && type.GetString() == "message";

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Files.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
