using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace PerfBot.Teams;

/// <summary>POST /api/messages: authenticate, read the activity, check it against the token, hand it to the turn handler.</summary>
internal static class MessagesEndpoint
{
    public const string Path = "/api/messages";

    /// <summary>Teams messages are at most ~100 KB; anything far larger is not from Teams.</summary>
    private const long MaxBodyBytes = 512 * 1024;

    public static async Task<IResult> HandleAsync(
        HttpContext http, BotTokenValidator tokens, ActivityRouter turns, TrustedServiceUrls trusted, IOptions<BotOptions> options, ILogger<ActivityRouter> log)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;

        var token = await tokens.ValidateAsync(http.Request.Headers.Authorization, http.RequestAborted);
        if (token is TokenCheck.Refused refused)
        {
            log.LogWarning("Refused a request from {Remote}: {Reason}", http.Connection.RemoteIpAddress, refused.Reason);
            return Results.Unauthorized();
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, ActivityJson.Options, http.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.BadRequest("The body is not an activity.");
        }
        catch (BadHttpRequestException e)
        {
            return Results.StatusCode(e.StatusCode);
        }
        if (activity?.Type is not { Length: > 0 })
            return Results.BadRequest("The body is not an activity.");

        if (ActivityAuthorization.Check(token, activity, options.Value) is { } refusal)
        {
            log.LogWarning("Refused a {Type} activity: {Reason}", activity.Type, refusal.Reason);
            return Results.StatusCode(refusal.StatusCode);
        }
        if (Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out _))
            trusted.Learn(activity.ServiceUrl!, authenticated: token is TokenCheck.Valid);

        return await turns.HandleAsync(activity, http.RequestAborted);
    }
}
