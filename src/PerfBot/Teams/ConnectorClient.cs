using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace PerfBot.Teams;

/// <summary>
/// The Bot Connector REST API (v3): reply, send, update, create conversation, get a member. Calls only trusted serviceUrls, paced per
/// conversation; 429 (honouring Retry-After) and transient failures are retried by the resilience handler registered
/// with this client (see <see cref="TeamsFeature"/>).
/// </summary>
internal sealed class ConnectorClient(
    HttpClient http, ConnectorTokenProvider tokens, TrustedServiceUrls trusted, ConversationPacer pacer, ILogger<ConnectorClient> log)
{
    public Task<ResourceResponse?> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(HttpMethod.Post, serviceUrl, conversationId, $"v3/conversations/{Escape(conversationId)}/activities", activity, cancellationToken);

    public Task<ResourceResponse?> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(HttpMethod.Post, serviceUrl, conversationId, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}", activity, cancellationToken);

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        var created = await CallAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken);
        return created?.Id is null
            ? throw new ConnectorException($"{serviceUrl} created a conversation but returned no id.")
            : created;
    }

    /// <summary>One member of a conversation, with the email and UPN Teams adds; null when it has no such member (404).</summary>
    public async Task<TeamsChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken)
    {
        try
        {
            return await CallAsync<TeamsChannelAccount>(HttpMethod.Get, serviceUrl,
                $"v3/conversations/{Escape(conversationId)}/members/{Escape(userId)}", body: null, cancellationToken);
        }
        catch (ConnectorException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private Task<ResourceResponse?> SendActivityAsync(HttpMethod method, string serviceUrl, string conversationId, string path, Activity activity, CancellationToken cancellationToken) =>
        pacer.RunAsync(serviceUrl, conversationId, ct => CallAsync<ResourceResponse>(method, serviceUrl, path, activity, ct), cancellationToken);

    private async Task<T?> CallAsync<T>(HttpMethod method, string serviceUrl, string path, object? body, CancellationToken cancellationToken)
    {
        if (!trusted.IsTrusted(serviceUrl))
            throw new ConnectorException($"Refusing to call {serviceUrl}: it was not seen on an authenticated activity.");
        var uri = new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path);
        using var request = new HttpRequestMessage(method, uri) { Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: ActivityJson.Options) };
        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            log.LogError("Gave up on {Method} {Uri}: {Status} {Detail}", method, uri, (int)response.StatusCode, Truncate(detail));
            throw new ConnectorException($"{method} {uri} failed with {(int)response.StatusCode}.", response.StatusCode);
        }
        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0) return default;
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(ActivityJson.Options, cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
            return default; // Some channels answer 200/202 with an empty or non-JSON body; the send still happened.
        }
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500] + "…";
}

public sealed class ConnectorException(string message, HttpStatusCode? statusCode = null) : Exception(message)
{
    public HttpStatusCode? StatusCode { get; } = statusCode;
}
