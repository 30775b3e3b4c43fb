using PerfBot.Conversations;
using PerfBot.Delivery;
using PerfBot.Store;

namespace PerfBot.Briefings;

/// <summary>A brief on its way to someone, with the link to its .docx when it goes to one person.</summary>
public sealed record BriefMessage(string BriefId, Brief Brief, Uri? DocumentLink);

/// <summary>
/// A brief in the outbox. The payload names the kept brief and the recipient's own download link, so a resend shows the
/// figures first composed and the brief is kept once, however many people it goes to.
/// </summary>
public sealed class BriefOutbox(BriefStore briefs) : IOutboxRenderer
{
    public const string Kind = "brief";

    public sealed record Payload(string BriefId, Uri? DocumentLink);

    string IOutboxRenderer.Kind => Kind;

    public ChatReply Render(OutboxMessage message)
    {
        var payload = StoredJson.Read<Payload>(message.PayloadJson);
        var stored = briefs.Find(payload.BriefId) ?? throw new InvalidOperationException($"Brief {payload.BriefId} is no longer kept.");
        return BriefCard.Reply(new BriefMessage(stored.Id, stored.Brief, payload.DocumentLink));
    }

    /// <summary>The scheduled brief to one person, once.</summary>
    public static string PersonKey(string briefId, string aadObjectId) => $"brief:{briefId}:person:{aadObjectId}";

    public static string ChannelKey(string briefId, string conversationId) => $"brief:{briefId}:channel:{conversationId}";

    /// <summary>A brief someone asked for: each request is its own message, so asking again sends it again.</summary>
    public static string RequestKey(string briefId, string aadObjectId) => $"brief:{briefId}:person:{aadObjectId}:request:{Guid.NewGuid():N}";

    public static NewOutboxMessage Message(string key, BriefMessage message, OutboxAddress to) =>
        new(key, Kind, to, BriefCard.Reply(message).Text, StoredJson.Write(new Payload(message.BriefId, message.DocumentLink))) { SubjectId = message.BriefId };
}
