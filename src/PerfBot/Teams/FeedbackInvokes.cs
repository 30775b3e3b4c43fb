using System.Collections.Concurrent;
using System.Text.Json;
using PerfBot.Conversations;
using PerfBot.Telemetry;

namespace PerfBot.Teams;

/// <summary>
/// 👍/👎 on a reply: Teams sends a <c>message/submitAction</c> invoke (actionName "feedback", actionValue with the
/// reaction and the form's text) replying to the message. It is handed on with what that message answered, when this
/// instance sent it, and answered 200 with an empty body: Teams itself thanks the member.
/// </summary>
internal sealed class FeedbackInvokes(SentAnswers sent, IEnumerable<IChatFeedback> receivers, PerfBotMetrics metrics, ILogger<FeedbackInvokes> log)
{
    public const string Name = "message/submitAction";

    public IResult Handle(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("actionName", out var name) || name.GetString() != "feedback"
            || !value.TryGetProperty("actionValue", out var action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("reaction", out var reaction) || reaction.GetString() is not ("like" or "dislike"))
            return Results.BadRequest("A feedback invoke needs value.actionName 'feedback' and actionValue.reaction 'like' or 'dislike'.");
        var turn = InboundActivity.Turn(activity with { Text = null, Value = null });
        var feedback = new ChatFeedback(reaction.GetString() == "like", Comment(action), turn.From, turn.Place, sent.Find(activity.ReplyToId));
        try
        {
            foreach (var receiver in receivers) receiver.Receive(feedback);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Could not keep feedback on {ReplyTo}", activity.ReplyToId);
            metrics.Failed("feedback");
        }
        return Results.Json(new InvokeResponseBody(200, "application/vnd.microsoft.activity.message", null), ActivityJson.Options);
    }

    /// <summary>The form's text: a plain string, or (as Teams sends it) JSON with a feedbackText.</summary>
    private static string? Comment(JsonElement action)
    {
        if (!action.TryGetProperty("feedback", out var feedback) || feedback.ValueKind != JsonValueKind.String) return null;
        var text = feedback.GetString();
        if (text is null || !text.TrimStart().StartsWith('{')) return text;
        try
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.TryGetProperty("feedbackText", out var typed) && typed.ValueKind == JsonValueKind.String ? typed.GetString() : null;
        }
        catch (JsonException)
        {
            return text;
        }
    }
}

/// <summary>
/// What each reply this instance sent answered, by its activity id, for feedback on it: the latest few thousand, in
/// memory. Feedback reaching another instance, or coming after a restart, is kept without the question.
/// </summary>
internal sealed class SentAnswers
{
    public const int Capacity = 5_000;

    private readonly ConcurrentDictionary<string, AnsweredQuestion> _byActivity = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public void Remember(string? activityId, AnsweredQuestion? answered)
    {
        if (activityId is not { Length: > 0 } || answered is null) return;
        if (_byActivity.TryAdd(activityId, answered)) _order.Enqueue(activityId);
        while (_order.Count > Capacity && _order.TryDequeue(out var oldest)) _byActivity.TryRemove(oldest, out _);
    }

    public AnsweredQuestion? Find(string? activityId) => activityId is { Length: > 0 } && _byActivity.TryGetValue(activityId, out var answered) ? answered : null;
}
