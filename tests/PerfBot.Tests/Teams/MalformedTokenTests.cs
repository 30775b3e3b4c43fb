using System.Net;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Teams;

/// <summary>
/// Bearer tokens that are not a readable signed JWT: each is a 401, and none makes the bot fetch the OpenID metadata,
/// because the token's shape is checked before anything leaves the machine.
/// </summary>
public sealed class MalformedTokenTests : IAsyncLifetime
{
    private FakeBotFrameworkKeys _keys = null!;
    private FakeConnector _connector = null!;
    private BotUnderTest _bot = null!;

    public async Task InitializeAsync()
    {
        _keys = await FakeBotFrameworkKeys.StartAsync();
        _connector = await FakeConnector.StartAsync();
        _bot = await BotUnderTest.StartAsync(settings:
        [
            ("Bot:AppId", FakeBotFrameworkKeys.AppId),
            ("Bot:AppPassword", "test-secret"),
            ("Bot:OpenIdMetadataUrl", _keys.MetadataUrl),
        ]);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _keys.DisposeAsync();
    }

    private static string Segment(string text) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(text));

    private static readonly string GoodHeader = Segment("""{"alg":"RS256","typ":"JWT","kid":"teams-key"}""");
    private static readonly string GoodPayload = Segment("""{"iss":"https://api.botframework.com","aud":"11111111-2222-3333-4444-555555555555","exp":4102444800}""");

    /// <summary>Every shape of broken token the attack run tried, and a few more.</summary>
    public static TheoryData<string, string> Shapes() => new()
    {
        { "three letters", "x.y.z" },
        { "three other letters", "a.b.c" },
        { "not base64url", "!!!.@@@.###" },
        { "a header that is not JSON", $"{Segment("hello")}.{GoodPayload}.c2ln" },
        { "five segments (an encrypted token's shape)", "a.b.c.d.e" },
        { "five segments with a JWE header", $"{Segment("""{"alg":"RSA-OAEP","enc":"A256GCM"}""")}.a.b.c.d" },
        { "a header that is a JSON array", $"{Segment("[1,2]")}.{GoodPayload}.c2ln" },
        { "a header that is JSON null", $"{Segment("null")}.{GoodPayload}.c2ln" },
        { "a truncated header", $"{Segment("""{"alg":"RS256" """)}.{GoodPayload}.c2ln" },
        { "a payload that is not JSON", $"{GoodHeader}.{Segment("not json")}.c2ln" },
        { "a payload that is a JSON array", $"{GoodHeader}.{Segment("[1]")}.c2ln" },
        { "empty segments", ".." },
        { "a truncated base64 header", "eyJ.eyJ.x" },
        { "a key id that is a number", $"{Segment("""{"alg":"RS256","kid":5}""")}.{GoodPayload}.c2ln" },
        { "an expiry that is text", $"{GoodHeader}.{Segment("""{"exp":"tomorrow"}""")}.c2ln" },
        { "bytes that are not UTF-8", $"{Base64UrlEncoder.Encode([0xff, 0xfe, 0xfd])}.{GoodPayload}.c2ln" },
        { "two segments", $"{GoodHeader}.{GoodPayload}" },
        { "an algorithm that is not allowed", $"{Segment("""{"alg":"HS256","kid":"teams-key"}""")}.{GoodPayload}.c2ln" },
        { "no algorithm", $"{Segment("""{"kid":"teams-key"}""")}.{GoodPayload}.c2ln" },
        { "larger than any real token", $"{GoodHeader}.{new string('A', 20_000)}.c2ln" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task An_unparseable_token_is_a_401_and_fetches_nothing(string shape, string token)
    {
        var response = await _bot.PostAsync(TeamsActivities.PersonalMessage(_connector.ServiceUrl, "help"), authorization: "Bearer " + token);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{shape}: {(int)response.StatusCode}");
        Assert.Equal(0, _keys.MetadataRequests);
        Assert.Empty(_connector.Calls);
    }
}
