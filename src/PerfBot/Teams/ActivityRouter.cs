namespace PerfBot.Teams;

/// <summary>Routes an accepted activity to its handler; activity types PerfBot has no use for are acknowledged and ignored.</summary>
internal sealed class ActivityRouter(MessageTurns messages, CardActionInvokes cardActions, FeedbackInvokes feedback, InstallationEvents installations)
{
    public async Task<IResult> HandleAsync(Activity activity, CancellationToken requestAborted)
    {
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate))
            return Results.Ok(); // typing, messageReaction, …: nothing to do.
        if (Missing(activity) is { } missing)
            return Results.BadRequest($"The activity has no {missing}.");

        return activity.Type switch
        {
            ActivityTypes.Message => await messages.HandleAsync(activity),
            ActivityTypes.Invoke when activity.Name == FeedbackInvokes.Name => feedback.Handle(activity),
            ActivityTypes.Invoke => await cardActions.HandleAsync(activity, requestAborted),
            _ => installations.Handle(activity),
        };
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
