namespace PerfBot.Teams;

/// <summary>
/// The checks that tie a valid token to the activity it came with: the key endorsed for the activity's channel, the
/// token's serviceurl claim equal to the activity's serviceUrl, and the tenant served (<see cref="BotOptions.AcceptedTenants"/>).
/// </summary>
internal static class ActivityAuthorization
{
    public sealed record Refusal(int StatusCode, string Reason);

    public static Refusal? Check(TokenCheck token, Activity activity, BotOptions options)
    {
        if (token is TokenCheck.Refused refused) return new Refusal(StatusCodes.Status401Unauthorized, refused.Reason);
        if (token is TokenCheck.Valid valid)
        {
            if (string.IsNullOrEmpty(activity.ChannelId) || !valid.Endorsements.Contains(activity.ChannelId))
                return new Refusal(StatusCodes.Status401Unauthorized, $"signing key not endorsed for channel '{activity.ChannelId}'");
            // Exact, case-insensitive, no trailing-slash normalisation: what the reference implementation compares.
            if (valid.ServiceUrl is null || !string.Equals(valid.ServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
                return new Refusal(StatusCodes.Status401Unauthorized, "the token's serviceurl claim does not match the activity");
        }
        if (options.AcceptedTenants is { } allowed && (activity.TenantId is not { } tenant || !allowed.Contains(tenant)))
            return new Refusal(StatusCodes.Status403Forbidden, $"tenant '{activity.TenantId}' is not allowed");
        return null;
    }
}
