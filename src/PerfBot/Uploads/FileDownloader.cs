using System.IO.Compression;
using System.Net;
using Microsoft.Extensions.Options;
using PerfBot.Teams;

namespace PerfBot.Uploads;

/// <summary>A download PerfBot would not make or could not finish, in one sentence for the officer.</summary>
public sealed class DownloadRefusedException(string message) : Exception(message);

/// <summary>
/// Fetches a file a user sent in Teams from its pre-authenticated download address: only from allowed hosts (https
/// while authentication is on), no credentials sent, redirects followed only to the same host, within a time limit and
/// a size limit — and an XLSX's unzipped size held to the same limit, so a small zip cannot expand past it.
/// </summary>
public sealed class FileDownloader(IHttpClientFactory clients, IOptions<FilesOptions> options, IOptions<BotOptions> bot, ILogger<FileDownloader> log)
{
    public const string HttpClientName = "file-downloads";

    /// <summary>Downloads into <paramref name="path"/>; returns its size in bytes.</summary>
    public async Task<long> DownloadAsync(string url, string path, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var address = Check(url);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(o.Timeout);
        var http = clients.CreateClient(HttpClientName);
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var response = await http.GetAsync(address, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(address, location);
                    if (redirects >= o.MaxRedirects) throw new DownloadRefusedException($"The file's address redirected more than {o.MaxRedirects} times.");
                    if (!next.Host.Equals(address.Host, StringComparison.OrdinalIgnoreCase) || next.Scheme != address.Scheme)
                        throw new DownloadRefusedException($"The file's address redirected to another host ({next.Host}); PerfBot only follows redirects on {address.Host}.");
                    address = next;
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                    throw new DownloadRefusedException($"{address.Host} answered HTTP {(int)response.StatusCode} for the file; send it again, or save it to SharePoint and try later.");
                if (response.Content.Headers.ContentLength is { } length && length > o.MaxBytes)
                    throw new DownloadRefusedException($"The file is {Megabytes(length)}, more than the {Megabytes(o.MaxBytes)} PerfBot takes (Files:MaxBytes).");
                var written = await CopyAsync(response, path, o.MaxBytes, timeout.Token);
                CheckExpandedSize(path, o.MaxBytes);
                return written;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DownloadRefusedException($"The download did not finish within {o.Timeout.TotalSeconds.ToString("0.#", Council.CouncilCulture.English)} seconds (Files:Timeout).");
        }
        catch (HttpRequestException e)
        {
            log.LogWarning(e, "Downloading a file from {Host} failed", address.Host);
            throw new DownloadRefusedException($"PerfBot could not reach {address.Host} to fetch the file ({e.Message}).");
        }
    }

    /// <summary>The address, if PerfBot may fetch from it; throws otherwise.</summary>
    public Uri Check(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Scheme is not ("https" or "http"))
            throw new DownloadRefusedException("The file's download address is not an http(s) address.");
        var loopback = address.IsLoopback;
        if (bot.Value.AuthenticationEnabled || !loopback)
        {
            if (address.Scheme != "https") throw new DownloadRefusedException($"PerfBot fetches files over https only; {address.Host} was offered over {address.Scheme}.");
            if (!options.Value.AllowedHosts.Any(pattern => HostMatches(address.Host, pattern)))
                throw new DownloadRefusedException($"{address.Host} is not one of the hosts PerfBot fetches files from (Files:AllowedHosts: {string.Join(", ", options.Value.AllowedHosts)}).");
        }
        return address;
    }

    public static bool HostMatches(string host, string pattern)
    {
        pattern = pattern.Trim();
        return pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase) && host.Length > pattern.Length - 1
            : host.Equals(pattern, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<long> CopyAsync(HttpResponseMessage response, string path, long limit, CancellationToken cancellationToken)
    {
        await using var source = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await BoundedCopy.ToFileAsync(source, path, limit,
            () => new DownloadRefusedException($"The file is larger than the {Megabytes(limit)} PerfBot takes (Files:MaxBytes)."), cancellationToken);
    }

    /// <summary>A workbook is a zip: the sizes its entries declare, added up, must stay within the limit too.</summary>
    public static void CheckExpandedSize(string path, long limit)
    {
        var head = new byte[4];
        using (var probe = File.OpenRead(path)) if (probe.Read(head) < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) return;
        long expanded = 0;
        try
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries) expanded += entry.Length;
        }
        catch (InvalidDataException)
        {
            return; // not a readable zip: the importer says so, with the file's name
        }
        if (expanded > limit)
            throw new DownloadRefusedException($"The workbook expands to {Megabytes(expanded)} when unzipped, more than the {Megabytes(limit)} PerfBot takes (Files:MaxBytes).");
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    private static string Megabytes(long bytes) => bytes < 1024 * 1024
        ? (bytes / 1024.0).ToString("0.#", Council.CouncilCulture.English) + " KB"
        : (bytes / (1024.0 * 1024)).ToString("0.#", Council.CouncilCulture.English) + " MB";
}
