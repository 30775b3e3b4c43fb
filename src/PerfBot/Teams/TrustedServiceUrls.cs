using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PerfBot.Conversations;

namespace PerfBot.Teams;

/// <summary>
/// The serviceUrls the bot may call: those seen on authenticated inbound activities (and stored with conversation
/// references). A serviceUrl from anywhere else is attacker-controlled and would make the bot send its token there.
/// </summary>
internal sealed class TrustedServiceUrls(IOptions<BotOptions> options, ConversationReferenceStore references)
{
    private readonly ConcurrentDictionary<string, bool> _urls = new(StringComparer.OrdinalIgnoreCase);
    private int _loaded;

    /// <summary>Remembers the serviceUrl of an activity that passed authentication; without authentication, loopback only.</summary>
    public void Learn(string serviceUrl, bool authenticated)
    {
        if (authenticated || BotTokenValidator.IsLoopback(serviceUrl)) _urls[Normalise(serviceUrl)] = true;
    }

    public bool IsTrusted(string serviceUrl)
    {
        // References are stored only with trusted serviceUrls. Loopback ones come from local development: trusted
        // only while authentication is off, as everything else is then.
        var authenticated = options.Value.AuthenticationEnabled;
        if (Interlocked.Exchange(ref _loaded, 1) == 0)
        {
            foreach (var reference in references.All())
                if (authenticated != BotTokenValidator.IsLoopback(reference.ServiceUrl))
                    _urls[Normalise(reference.ServiceUrl)] = true;
        }
        if (_urls.ContainsKey(Normalise(serviceUrl))) return true;
        // Another instance sharing the store may have learned it since: a digest this one sends goes to a conversation
        // whose messages reached the other.
        if (authenticated == BotTokenValidator.IsLoopback(serviceUrl) || !references.HasServiceUrl(serviceUrl)) return false;
        _urls[Normalise(serviceUrl)] = true;
        return true;
    }

    private static string Normalise(string serviceUrl) => serviceUrl.TrimEnd('/');
}
