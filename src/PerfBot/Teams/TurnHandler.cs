using System.Text.Json;
using Microsoft.Extensions.Options;
using PerfBot.Cards;
using PerfBot.Conversations;

namespace PerfBot.Teams;

/// <summary>
/// Routes one accepted activity: messages and card buttons to the responder, Action.Execute invokes to the responder
/// with the answer in the HTTP response, installs and uninstalls to the conversation references.
/// </summary>
internal sealed class TurnHandler(
    IChatResponder responder,
    ConnectorClient connector,
    ConversationReferenceStore references,
    TrustedServiceUrls trusted,
    IOptions<BotOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<TurnHandler> log)
{
    public const string Apology = "Sorry, something went wrong while answering. Please try again in a moment.";

    public async Task<IResult> HandleAsync(Activity activity, CancellationToken requestAborted)
    {
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate))
            return Results.Ok(); // typing, messageReaction, …: nothing to do.
        if (Missing(activity) is { } missing)
            return Results.BadRequest($"The activity has no {missing}.");

        return activity.Type switch
        {
            ActivityTypes.Message => await MessageAsync(activity),
            ActivityTypes.Invoke => await InvokeAsync(activity, requestAborted),
            _ => Installation(activity),
        };
    }

    private async Task<IResult> MessageAsync(Activity activity)
    {
        // Keeps the serviceUrl fresh and gives a channel a reference before it is linked to a committee.
        SaveReference(activity);
        var turn = InboundActivity.Turn(activity);
        // The turn must not die with the request: an answer slower than the budget is sent when it is ready.
        var work = AnswerAsync(activity, turn, lifetime.ApplicationStopping);
        var finished = await Task.WhenAny(work, Task.Delay(options.Value.TurnBudget));
        return finished == work ? Results.Ok() : Results.Accepted();
    }

    private async Task AnswerAsync(Activity activity, ChatTurn turn, CancellationToken stopping)
    {
        try
        {
            var reply = await ReplyToAsync(activity, turn, stopping);
            var message = OutboundActivity.Message(reply, activity.Recipient!, activity.Conversation!.Id!, turn.Place.Scope, activity.From, activity.Id);
            if (activity.Id is { Length: > 0 } replyToId)
                await connector.ReplyAsync(activity.ServiceUrl!, activity.Conversation.Id!, replyToId, message, stopping);
            else
                await connector.SendAsync(activity.ServiceUrl!, activity.Conversation.Id!, message, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            log.LogWarning("Shutting down: the answer to {Conversation} was not sent", activity.Conversation?.Id);
        }
        catch (Exception e)
        {
            // Retries are spent or the token could not be had: the turn ends here, logged once.
            log.LogError(e, "Could not deliver the answer to {Conversation}", activity.Conversation?.Id);
        }
    }

    /// <summary>The responder's answer, after a typing indicator if it is slow; an apology if it fails.</summary>
    private async Task<ChatReply> ReplyToAsync(Activity activity, ChatTurn turn, CancellationToken stopping)
    {
        // Task.Run: a responder that throws at once or works synchronously must not escape or hold the request thread.
        var answer = Task.Run(() => responder.RespondAsync(turn, stopping), stopping);
        if (await Task.WhenAny(answer, Task.Delay(options.Value.TypingDelay, stopping)) != answer)
            await SendTypingAsync(activity, stopping);
        try
        {
            return await answer;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Answering {Text} in {Conversation} failed", turn.Text, turn.Place.ConversationId);
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

    private async Task<IResult> InvokeAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Name != "adaptiveCard/action")
            return Results.BadRequest($"PerfBot does not handle invoke '{activity.Name}'.");
        if (InboundActivity.CardActionTurn(activity) is not { } turn)
            return Invoke(400, "application/vnd.microsoft.error", new { code = "BadRequest", message = "The invoke has no value.action." });

        SaveReference(activity);
        try
        {
            var reply = await responder.RespondAsync(turn, cancellationToken);
            return reply.Card is { } card
                ? Invoke(200, AdaptiveCard.ContentType, (card with { FallbackText = card.FallbackText ?? reply.Text }).ToJsonElement())
                : Invoke(200, "application/vnd.microsoft.activity.message", reply.Text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Answering the card action {Text} failed", turn.Text);
            return Invoke(500, "application/vnd.microsoft.error", new { code = "InternalError", message = Apology });
        }
    }

    private static IResult Invoke(int statusCode, string type, object value) =>
        Results.Json(new InvokeResponseBody(statusCode, type, value), ActivityJson.Options);

    private IResult Installation(Activity activity)
    {
        var botId = activity.Recipient!.Id;
        var added = activity.Type == ActivityTypes.InstallationUpdate
            ? activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true
            : activity.MembersAdded?.Any(m => m?.Id == botId) == true;
        var removed = activity.Type == ActivityTypes.InstallationUpdate
            ? activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true
            : activity.MembersRemoved?.Any(m => m?.Id == botId) == true;

        if (added && SaveReference(activity) is { } installed)
            log.LogInformation("Installed in {Scope} {Conversation} (tenant {Tenant})", installed.Scope, installed.ConversationId, installed.TenantId);
        else if (removed)
        {
            var reference = InboundActivity.Reference(activity);
            var count = references.Remove(reference.ConversationId, reference.TeamId);
            log.LogInformation("Uninstalled from {Conversation}: {Count} references removed", reference.ConversationId, count);
        }
        return Results.Ok();
    }

    /// <summary>Stores the conversation's reference, unless its serviceUrl is one the bot would refuse to call anyway.</summary>
    private ConversationReference? SaveReference(Activity activity)
    {
        if (!trusted.IsTrusted(activity.ServiceUrl!))
        {
            log.LogWarning("Not storing {Conversation}: its serviceUrl {ServiceUrl} is not trusted", activity.Conversation!.Id, activity.ServiceUrl);
            return null;
        }
        var reference = InboundActivity.Reference(activity);
        references.Save(reference);
        return reference;
    }

    /// <summary>The fields a turn cannot do without; anything else may be missing.</summary>
    private static string? Missing(Activity activity)
    {
        if (activity.Conversation?.Id is not { Length: > 0 }) return "conversation.id";
        if (activity.Recipient?.Id is not { Length: > 0 }) return "recipient.id";
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || serviceUrl.Scheme is not ("https" or "http"))
            return "absolute http(s) serviceUrl";
        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke && activity.From?.Id is not { Length: > 0 }) return "from.id";
        return null;
    }
}
