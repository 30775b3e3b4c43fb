using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace PerfBot.Teams;

/// <summary>
/// The Bot Framework's OpenID metadata and signing keys, through Microsoft.IdentityModel's ConfigurationManager (cached,
/// refreshed daily and on an unknown key id), with two things it lacks: requests that arrive while the keys are being
/// fetched share that one fetch, and after a failed fetch requests are refused at once for a back-off (5 s, doubling
/// to 2 minutes) instead of each waiting out a fetch of its own behind the one before.
/// </summary>
internal sealed class OpenIdMetadata(Func<ConfigurationManager<OpenIdConnectConfiguration>> newManager, TimeProvider clock, ILogger log)
{
    public static readonly TimeSpan FirstBackOff = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan LongestBackOff = TimeSpan.FromMinutes(2);

    private readonly Lock _gate = new();
    private ConfigurationManager<OpenIdConnectConfiguration> _manager = newManager();
    private Task<OpenIdConnectConfiguration?>? _fetch;
    private DateTimeOffset _refusingUntil = DateTimeOffset.MinValue;
    private TimeSpan _backOff = FirstBackOff;

    /// <summary>The configuration, or null while the keys cannot be had (the caller refuses the request).</summary>
    public Task<OpenIdConnectConfiguration?> GetAsync(CancellationToken cancellationToken)
    {
        Task<OpenIdConnectConfiguration?> fetch;
        lock (_gate)
        {
            if (clock.GetUtcNow() < _refusingUntil) return Task.FromResult<OpenIdConnectConfiguration?>(null);
            if (_fetch is null || _fetch.IsCompleted) _fetch = FetchAsync(_manager);
            fetch = _fetch;
        }
        return fetch.WaitAsync(cancellationToken);
    }

    /// <summary>Keys roll over: an unknown key id asks for them again (the manager throttles this to once a minute).</summary>
    public Task<OpenIdConnectConfiguration?> RefreshAsync(CancellationToken cancellationToken)
    {
        lock (_gate) _manager.RequestRefresh();
        return GetAsync(cancellationToken);
    }

    private async Task<OpenIdConnectConfiguration?> FetchAsync(ConfigurationManager<OpenIdConnectConfiguration> manager)
    {
        try
        {
            // Not the caller's token: the fetch is shared, and the metadata client's own timeout bounds it.
            var configuration = await manager.GetConfigurationAsync(CancellationToken.None);
            lock (_gate) _backOff = FirstBackOff;
            return configuration;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException or TaskCanceledException)
        {
            lock (_gate)
            {
                _refusingUntil = clock.GetUtcNow() + _backOff;
                log.LogError(e, "Could not fetch the Bot Framework OpenID metadata; refusing authenticated requests for {BackOff}", _backOff);
                _backOff = _backOff * 2 > LongestBackOff ? LongestBackOff : _backOff * 2;
                // A manager that never had a configuration holds only its own retry timer, which would keep it from
                // asking again when the back-off ends: the next attempt starts from a new one.
                _manager = newManager();
            }
            return null;
        }
    }
}
