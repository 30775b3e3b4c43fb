using Microsoft.Extensions.Options;
using PerfBot.Teams;

namespace PerfBot.Hosting;

/// <summary>Without an app id nothing is authenticated, so the bot may listen only where nobody else can reach it.</summary>
public static class LoopbackGuard
{
    /// <summary>Refuses to build a host that would listen beyond loopback unauthenticated; logs which way it runs.</summary>
    public static void Check(WebApplication app, IEnumerable<string> urls)
    {
        var bot = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        if (bot.AuthenticationEnabled)
        {
            app.Logger.LogInformation("Inbound authentication is on for app {AppId}; OpenID metadata from {Url}.", bot.AppId, bot.OpenIdMetadataUrl);
            return;
        }
        var listening = urls.ToList();
        if (RefuseUnauthenticatedExposure(listening) is { } reason)
            throw new InvalidOperationException($"Bot:AppId is not set, so requests are not authenticated; refusing to listen on {string.Join(";", listening)}: {reason}. Bind to loopback (--urls http://localhost:3978) or configure Bot:AppId.");
        app.Logger.LogWarning("Bot:AppId is not set: inbound authentication is OFF (local development; listening on loopback only).");
    }

    /// <summary>The reason to refuse to start, or null when every address is loopback.</summary>
    public static string? RefuseUnauthenticatedExposure(IEnumerable<string> urls)
    {
        foreach (var url in urls)
        {
            if (ListenAddress.Unusable(url) is { } unusable) return unusable;
            var normalised = url.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(normalised, UriKind.Absolute, out var uri)) return $"cannot tell whether {url} is loopback";
            if (!ListenAddress.IsLoopback(uri.Host)) return $"{url} is not a loopback address";
        }
        return null;
    }
}
