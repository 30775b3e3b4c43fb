using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PerfBot.Hosting;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Teams;

public class ServeTests
{
    [Fact]
    public async Task Healthz_answers_200_when_the_store_answers()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var response = await bot.Http.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_answers_503_when_the_store_is_gone()
    {
        await using var bot = await BotUnderTest.StartAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(bot.Store.Database.Path);
        Directory.CreateDirectory(bot.Store.Database.Path); // a folder where the file was: SQLite cannot open it
        var response = await bot.Http.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Help_in_a_personal_chat_is_answered_with_the_help_card_in_reply_to_the_message()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotUnderTest.StartAsync();

        var response = await bot.PostAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, "help", id: "msg-42"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await connector.WaitForCallsAsync(1));
        Assert.Equal("POST", reply.Method);
        Assert.Equal("/v3/conversations/a:personal-chat-1/activities/msg-42", reply.Path);
        Assert.Equal("message", reply.Body.GetProperty("type").GetString());
        Assert.Equal("msg-42", reply.Body.GetProperty("replyToId").GetString());
        Assert.Equal(TeamsActivities.BotId, reply.Body.GetProperty("from").GetProperty("id").GetString());
        var attachment = reply.Body.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        Assert.Equal("1.5", attachment.GetProperty("content").GetProperty("version").GetString());
        Assert.Contains("What PerfBot answers", attachment.GetProperty("content").GetRawText());
        Assert.Null(reply.Authorization); // no app id: local development, no outbound token
    }

    [Fact]
    public async Task A_body_far_larger_than_any_teams_message_is_refused_with_413()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotUnderTest.StartAsync();
        var response = await bot.PostAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, new string('x', 1_000_000)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task Without_an_app_id_the_log_says_at_start_that_authentication_is_off()
    {
        var logs = new RecordingLoggerProvider();
        await using var bot = await BotUnderTest.StartAsync(configureServices: services => services.AddSingleton<ILoggerProvider>(logs));
        Assert.Contains(logs.Messages, m => m.Contains("inbound authentication is OFF"));
    }

    [Fact]
    public async Task Without_an_app_id_a_request_that_does_carry_a_token_is_still_refused()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotUnderTest.StartAsync();
        var response = await bot.PostAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, "help"), bearerToken: "eyJhbGciOiJub25lIn0.e30.");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task Without_an_app_id_the_bot_never_calls_a_serviceurl_beyond_loopback()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var response = await bot.PostAsync(TeamsActivities.PersonalMessage("https://smba.trafficmanager.net/emea/", "help"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // accepted, but the answer is not sent anywhere
        var trusted = bot.Services.GetRequiredService<PerfBot.Teams.TrustedServiceUrls>();
        Assert.False(trusted.IsTrusted("https://smba.trafficmanager.net/emea/"));
        Assert.Empty(bot.Services.GetRequiredService<PerfBot.Conversations.ConversationReferenceStore>().All());
    }

    [Theory]
    [InlineData("http://0.0.0.0:3978")]
    [InlineData("http://*:3978")]
    [InlineData("http://+:3978")]
    [InlineData("http://192.0.2.10:3978")]
    [InlineData("http://127.0.0.1:3978;http://example.org:80")]
    public void Without_an_app_id_serve_refuses_to_listen_beyond_loopback(string urls)
    {
        using var store = TempStore.Empty();
        var error = Assert.Throws<InvalidOperationException>(() => BotHost.Build(["--urls", urls], store.Database));
        Assert.Contains("Bot:AppId is not set", error.Message);
    }

    [Theory]
    [InlineData("http://localhost:3978")]
    [InlineData("http://127.0.0.1:3978")]
    [InlineData("http://[::1]:3978")]
    public void Without_an_app_id_serve_may_listen_on_loopback(string url) =>
        Assert.Null(LoopbackGuard.RefuseUnauthenticatedExposure([url]));
}
