using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PerfBot.Teams;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Teams;

/// <summary>
/// When the Bot Framework's OpenID metadata cannot be had, one fetch is made for all the requests waiting on it, and
/// after it fails requests are refused at once until the back-off ends, instead of each waiting out a fetch of its own.
/// </summary>
public sealed class MetadataBackOffTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-01-05T09:00:00Z"));
    private AuthenticatedBot _bot = null!;
    private FakeBotFrameworkKeys _keys = null!;

    public async Task InitializeAsync()
    {
        _bot = await AuthenticatedBot.StartAsync(configureServices: services => services.AddSingleton<TimeProvider>(_clock));
        _keys = _bot.Keys;
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private Task<HttpResponseMessage> Post() => _bot.AskForHelpAsync();

    [Theory]
    [InlineData(FakeBotFrameworkKeys.Behaviour.Failing)]
    [InlineData(FakeBotFrameworkKeys.Behaviour.Hanging)]
    public async Task One_failed_fetch_serves_every_waiting_request_and_the_next_ones_are_refused_until_the_back_off_ends(FakeBotFrameworkKeys.Behaviour behaviour)
    {
        _keys.Metadata = behaviour;

        var posts = Enumerable.Range(0, 5).Select(_ => Post()).ToList();
        if (behaviour == FakeBotFrameworkKeys.Behaviour.Hanging)
        {
            // Everything that arrives while the one fetch hangs waits on that fetch, not on a fetch of its own.
            for (var deadline = DateTime.UtcNow.AddSeconds(20); _keys.MetadataRequests == 0 && DateTime.UtcNow < deadline;) await Task.Delay(20);
            Assert.Equal(1, _keys.MetadataRequests);
            _keys.LetGo();
        }
        Assert.All(await Task.WhenAll(posts), r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        for (var i = 0; i < 10; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await Post()).StatusCode);
        Assert.Equal(1, _keys.MetadataRequests);

        // The host is back, but the bot does not ask again before the back-off ends.
        _keys.Metadata = FakeBotFrameworkKeys.Behaviour.Healthy;
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post()).StatusCode);
        Assert.Equal(1, _keys.MetadataRequests);

        _clock.Advance(OpenIdMetadata.FirstBackOff);
        Assert.Equal(HttpStatusCode.OK, (await Post()).StatusCode);
        Assert.Equal(2, _keys.MetadataRequests);
    }

    [Fact]
    public async Task Each_failure_in_a_row_doubles_the_back_off()
    {
        _keys.Metadata = FakeBotFrameworkKeys.Behaviour.Failing;
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post()).StatusCode);
        _clock.Advance(OpenIdMetadata.FirstBackOff);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post()).StatusCode);
        Assert.Equal(2, _keys.MetadataRequests);

        _keys.Metadata = FakeBotFrameworkKeys.Behaviour.Healthy;
        _clock.Advance(OpenIdMetadata.FirstBackOff);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post()).StatusCode);
        Assert.Equal(2, _keys.MetadataRequests);
        _clock.Advance(OpenIdMetadata.FirstBackOff);
        Assert.Equal(HttpStatusCode.OK, (await Post()).StatusCode);
        Assert.Equal(3, _keys.MetadataRequests);
    }
}
