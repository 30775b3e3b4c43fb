using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Charts;

/// <summary>
/// /charts answers without authentication, so a chart is drawn only for a link the bot signed, for the periods it
/// names, until it expires; a range that is not one is a 400.
/// </summary>
public sealed partial class ChartLinkTests : IAsyncLifetime
{
    private const string PublicBase = "https://perfbot.example.gov.uk/";
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-01-05T09:00:00Z"));
    private FakeConnector _connector = null!;
    private BotUnderTest _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _bot = await BotUnderTest.StartAsync(TempStore.WithDemoData(), settings: [("PublicBaseUrl", PublicBase)],
            configureServices: services => services.AddSingleton<TimeProvider>(_clock));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    /// <summary>The chart link in the answer card, relative to the bot.</summary>
    private async Task<string> LinkInTheAnswerAsync()
    {
        await _bot.PostAsync(TeamsActivities.PersonalMessage(_connector.ServiceUrl, "LAC out of area", id: "msg-chart"));
        var reply = Assert.Single(await _connector.WaitForCallsAsync(1, where: c => c.Path.EndsWith("/activities/msg-chart", StringComparison.Ordinal)));
        var card = reply.Body.GetProperty("attachments")[0].GetProperty("content").GetRawText();
        // The card's JSON writes & as \u0026.
        var link = ChartLink().Match(card).Value.Replace("\\u0026", "&");
        Assert.StartsWith(PublicBase, link, StringComparison.Ordinal);
        return link[PublicBase.Length..];
    }

    [Fact]
    public async Task The_answer_cards_link_is_signed_with_an_expiry_and_draws_the_chart()
    {
        var link = await LinkInTheAnswerAsync();

        Assert.Matches(@"^charts/lac-placed-out-of-area\.png\?from=[A-Za-z0-9%-]+&to=Oct-25&n=\d+&expires=\d+&sig=[A-Za-z0-9_-]+$", link);
        var png = await _bot.Http.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], (await png.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Theory]
    [InlineData("charts/lac-placed-out-of-area.png")]
    [InlineData("charts/lac-placed-out-of-area.png?from=Oct-24&to=Oct-25")]
    [InlineData("charts/lac-placed-out-of-area.png?from=Oct-24&to=Oct-25&n=3&expires=4102444800")]
    [InlineData("charts/lac-placed-out-of-area.png?from=Oct-24&to=Oct-25&n=3&expires=4102444800&sig=AAAA")]
    public async Task An_unsigned_or_forged_link_is_refused(string link) =>
        Assert.Equal(HttpStatusCode.Forbidden, (await _bot.Http.GetAsync(link)).StatusCode);

    [Theory]
    [InlineData("lac-placed-out-of-area.png", "foster-carers.png")]
    [InlineData("to=Oct-25", "to=Sep-25")]
    [InlineData("&n=", "&n=1")]
    [InlineData("expires=", "expires=9")]
    [InlineData("sig=", "sig=A")]
    public async Task A_link_with_any_part_changed_is_refused(string part, string changed)
    {
        var link = await LinkInTheAnswerAsync();
        Assert.Contains(part, link);

        Assert.Equal(HttpStatusCode.Forbidden, (await _bot.Http.GetAsync(link.Replace(part, changed, StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task An_expired_link_is_refused()
    {
        var link = await LinkInTheAnswerAsync();
        _clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Gone, (await _bot.Http.GetAsync(link)).StatusCode);
    }

    [Theory]
    [InlineData("from=1900&to=9999")]
    [InlineData("from=0000&to=2025")]
    [InlineData("from=Octember&to=Oct-25")]
    [InlineData("from=Oct-25&to=Oct-24")]
    [InlineData("from=Oct-24")]
    [InlineData("to=Oct-24")]
    public async Task A_range_that_is_not_one_is_a_400(string range)
    {
        var response = await _bot.Http.GetAsync($"charts/lac-placed-out-of-area.png?{range}&n=3&expires=4102444800&sig=AAAA");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("period", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https://perfbot\.example\.gov\.uk/charts/[^""]+")]
    private static partial Regex ChartLink();
}
