using System.Globalization;
using Microsoft.Kiota.Abstractions;

namespace PerfBot.Graph;

/// <summary>What counts as Microsoft Graph failing (rather than PerfBot), and how to say it in one line.</summary>
public static class GraphFailures
{
    /// <summary>
    /// 401, 403, 404, 429 beyond its retries, 5xx, a timeout, a token that could not be had. Cancellation by the caller
    /// (shutdown) is not a Graph failure; HttpClient's timeout surfaces as a TaskCanceledException without it.
    /// </summary>
    public static bool IsGraphFailure(Exception e, CancellationToken cancellationToken) => e switch
    {
        // The SDK's retry handler, out of retries, throws every attempt's error together.
        AggregateException all => all.InnerExceptions.All(inner => IsGraphFailure(inner, cancellationToken)),
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        ApiException or HttpRequestException or Azure.Identity.AuthenticationFailedException or Azure.RequestFailedException => true,
        _ => false,
    };

    public static string Describe(Exception e) => e switch
    {
        AggregateException all when all.InnerExceptions.Count > 0 => Describe(all.InnerExceptions[^1]) + $" (after {all.InnerExceptions.Count} attempts)",
        ApiException { ResponseStatusCode: var status } api when status > 0 => $"HTTP {status.ToString(CultureInfo.InvariantCulture)}: {api.Message}",
        OperationCanceledException => "timed out",
        _ => e.Message,
    };

    /// <summary>The HTTP status Graph answered, when it answered.</summary>
    public static int? StatusOf(Exception e) => e switch
    {
        AggregateException all when all.InnerExceptions.Count > 0 => StatusOf(all.InnerExceptions[^1]),
        ApiException { ResponseStatusCode: > 0 and var status } => status,
        _ => null,
    };
}
