using System.Net;
using Dapper;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using PerfBot.Briefings;
using PerfBot.Conversations;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Briefings;

/// <summary>
/// `perfbot serve` end to end: "brief" typed in the committee's channel sends the asker a 1:1 card whose link the
/// host serves as the .docx; a tampered link is refused by the same host.
/// </summary>
public sealed class BriefInTeamsTests : IAsyncLifetime
{
    private FakeConnector connector = null!;
    private BotUnderTest bot = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        // The tests' user (aad-user-1) links the channel as an administrator, and is one of the people the committee names for its brief.
        bot = await BotUnderTest.StartAsync(TempStore.WithDemoData(), settings: [("PublicBaseUrl", "https://perfbot.example.gov.uk"), ("Roles:Administrators", "aad-user-1")]);
        // The demo's meetings are in the past by now: give the committee one a fortnight ahead.
        using var connection = bot.Store.Database.Open();
        connection.Execute("INSERT INTO meetings (committee_id, meeting_date, origin) SELECT id, @date, 'store' FROM committees WHERE name = 'People and Health Scrutiny Committee'",
            new { date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        var committee = connection.QuerySingle<long>("SELECT id FROM committees WHERE name = 'People and Health Scrutiny Committee'");
        bot.Services.GetRequiredService<BriefingRecipients>().Add(committee, "aad-user-1");
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Brief_in_a_linked_channel_sends_a_1_1_card_whose_link_downloads_the_word_document()
    {
        await bot.PostAsync(TeamsActivities.ChannelMessage(connector.ServiceUrl, "link committee people and health"));
        await connector.WaitForCallsAsync(1, where: c => c.Method == "POST");

        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(TeamsActivities.ChannelMessage(connector.ServiceUrl, "brief", id: "1700000000002"))).StatusCode);

        var calls = await connector.WaitForCallsAsync(4, where: c => c.Method == "POST");
        var create = Assert.Single(calls, c => c.Method == "POST" && c.Path == "/v3/conversations");
        Assert.Equal("aad-user-1", create.Body.GetProperty("members")[0].GetProperty("aadObjectId").GetString());
        var card = calls.Single(c => c.Path.StartsWith("/v3/conversations/conversation-", StringComparison.Ordinal)).Body.GetProperty("attachments")[0].GetProperty("content");
        var url = new Uri(card.GetProperty("actions")[0].GetProperty("url").GetString()!);
        Assert.Equal("perfbot.example.gov.uk", url.Host);
        Assert.Contains(calls, c => c.Body.TryGetProperty("text", out var t) && t.GetString()!.StartsWith("I've sent you the brief", StringComparison.Ordinal));

        var download = await bot.Http.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await download.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains("Appendix 1. Summary of performance exceptions", document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);

        var tampered = url.PathAndQuery.Replace("for=aad-user-1", "for=aad-user-2", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await bot.Http.GetAsync(tampered)).StatusCode);
    }
}
