using PerfBot.Telemetry;
using PerfBot.Cards;
using PerfBot.Conversations;

namespace PerfBot.Teams;

/// <summary>
/// Action.Execute (Universal Actions) arrives as an <c>adaptiveCard/action</c> invoke: the responder's answer goes back
/// in the HTTP response, as a card that replaces the one pressed, or as a message.
/// </summary>
internal sealed class CardActionInvokes(AnswerLimits limits, ConversationReferenceRecorder recorder, PerfBotMetrics metrics, ILogger<CardActionInvokes> log)
{
    public async Task<IResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Name != "adaptiveCard/action")
            return Results.BadRequest($"PerfBot does not handle invoke '{activity.Name}'.");
        if (InboundActivity.CardActionTurn(activity) is not { } turn)
            return Invoke(400, "application/vnd.microsoft.error", new { code = "BadRequest", message = "The invoke has no value.action." });

        recorder.Save(activity);
        try
        {
            var reply = await limits.RespondAsync(turn, cancellationToken);
            return reply.Card is { } card
                ? Invoke(200, AdaptiveCard.ContentType, (card with { FallbackText = card.FallbackText ?? reply.Text }).ToJsonElement())
                : Invoke(200, "application/vnd.microsoft.activity.message", reply.Text);
        }
        catch (Exception e) when (StoreFailureReply.Of(e) is { } failure)
        {
            log.Log(failure.Level, "{Failure}: the card action {Text} was answered with an apology ({Error})", failure.Failure, turn.Text, e.Message);
            metrics.Failed(failure.Counted);
            return Invoke(200, "application/vnd.microsoft.activity.message", failure.Apology);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "AnswerLimits the card action {Text} failed", turn.Text);
            metrics.Failed("answer");
            return Invoke(500, "application/vnd.microsoft.error", new { code = "InternalError", message = MessageTurns.Apology });
        }
    }

    private static IResult Invoke(int statusCode, string type, object value) =>
        Results.Json(new InvokeResponseBody(statusCode, type, value), ActivityJson.Options);
}
