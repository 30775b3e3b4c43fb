using System.Net;

namespace PerfBot.Hosting;

/// <summary>What an address in <c>--urls</c> is, before Kestrel tries to bind it.</summary>
public static class ListenAddress
{
    /// <summary>
    /// Why the URL cannot be listened on at all, or null. An IPv4 address in IPv6 form ([::ffff:127.0.0.1]) names an
    /// IPv4 endpoint that an IPv6 socket cannot bind (Linux answers EINVAL), so it is refused with the form that works.
    /// </summary>
    public static string? Unusable(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.HostNameType != UriHostNameType.IPv6) return null;
        if (!IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) || !address.IsIPv4MappedToIPv6) return null;
        var ipv4 = new UriBuilder(uri) { Host = address.MapToIPv4().ToString() }.Uri.GetLeftPart(UriPartial.Authority);
        return $"{url} is an IPv4 address written as IPv6, which cannot be listened on; use {ipv4} instead";
    }

    /// <summary>localhost, 127.0.0.0/8 or ::1 (an IPv4-mapped loopback address counts as loopback).</summary>
    public static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address)
            && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address));
}
