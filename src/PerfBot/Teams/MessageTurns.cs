using PerfBot.Telemetry;
using Microsoft.Extensions.Options;
using PerfBot.Conversations;

namespace PerfBot.Teams;

/// <summary>
/// A message (typed text or an Action.Submit button): answered by the responder and replied to in its thread, with a
/// typing indicator when the answer is slow and an apology when it fails. Answers go through <see cref="AnswerLimits"/>.
/// </summary>
internal sealed class MessageTurns(
    AnswerLimits limits,
    ConnectorClient connector,
    SentAnswers sent,
    ConversationReferenceRecorder recorder,
    IOptions<BotOptions> options,
    IHostApplicationLifetime lifetime,
    PerfBotMetrics metrics,
    ILogger<MessageTurns> log)
{
    public const string Apology = "Sorry, something went wrong while answering. Please try again in a moment.";

    public async Task<IResult> HandleAsync(Activity activity)
    {
        // Keeps the serviceUrl fresh and gives a channel a reference before it is linked to a committee.
        recorder.Save(activity);
        var turn = InboundActivity.Turn(activity);
        // The turn must not die with the request: an answer slower than the budget is sent when it is ready.
        var work = AnswerAsync(activity, turn, lifetime.ApplicationStopping);
        try
        {
            // WaitAsync drops its timer when the answer is in: a bare Task.Delay would hold one for the whole budget.
            await work.WaitAsync(options.Value.TurnBudget);
            return Results.Ok();
        }
        catch (TimeoutException)
        {
            return Results.Accepted();
        }
    }

    private async Task AnswerAsync(Activity activity, ChatTurn turn, CancellationToken stopping)
    {
        try
        {
            var reply = await ReplyToAsync(activity, turn, stopping);
            var message = OutboundActivity.Message(reply, activity.Recipient!, activity.Conversation!.Id!, turn.Place.Scope, activity.From, activity.Id);
            var posted = activity.Id is { Length: > 0 } replyToId
                ? await connector.ReplyAsync(activity.ServiceUrl!, activity.Conversation.Id!, replyToId, message, stopping)
                : await connector.SendAsync(activity.ServiceUrl!, activity.Conversation.Id!, message, stopping);
            sent.Remember(posted?.Id, reply.Answered);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            log.LogWarning("Shutting down: the answer to {Conversation} was not sent", activity.Conversation?.Id);
        }
        catch (Exception e)
        {
            // Retries are spent or the token could not be had: the turn ends here, logged once.
            log.LogError(e, "Could not deliver the answer to {Conversation}", activity.Conversation?.Id);
            metrics.Failed("reply");
        }
    }

    /// <summary>The responder's answer, after a typing indicator if it is slow; an apology if it fails.</summary>
    private async Task<ChatReply> ReplyToAsync(Activity activity, ChatTurn turn, CancellationToken stopping)
    {
        // Task.Run: a responder that throws at once or works synchronously must not escape or hold the request thread.
        var answer = Task.Run(() => limits.RespondAsync(turn, stopping), stopping);
        using (var typingTimer = CancellationTokenSource.CreateLinkedTokenSource(stopping))
        {
            if (await Task.WhenAny(answer, Task.Delay(options.Value.TypingDelay, typingTimer.Token)) != answer)
                await SendTypingAsync(activity, stopping);
            typingTimer.Cancel();
        }
        try
        {
            return await answer;
        }
        catch (Exception e) when (StoreFailureReply.Of(e) is { } failure)
        {
            log.Log(failure.Level, "{Failure}: {Text} in {Conversation} was answered with an apology ({Error})", failure.Failure, turn.Text, turn.Place.ConversationId, e.Message);
            metrics.Failed(failure.Counted);
            return new ChatReply(failure.Apology);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "AnswerLimits {Text} in {Conversation} failed", turn.Text, turn.Place.ConversationId);
            metrics.Failed("answer");
            return new ChatReply(Apology);
        }
    }

    private async Task SendTypingAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await connector.SendAsync(activity.ServiceUrl!, activity.Conversation!.Id!, OutboundActivity.Typing(activity.Recipient!, activity.Conversation.Id!), cancellationToken);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            log.LogWarning(e, "Could not show the typing indicator in {Conversation}", activity.Conversation!.Id);
        }
    }
}
