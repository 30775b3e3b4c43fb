using Microsoft.Extensions.DependencyInjection;
using PerfBot.Committees;
using PerfBot.Council;
using PerfBot.Digests;
using PerfBot.Tests.Support;
using PerfBot.Tests.Uploads;

namespace PerfBot.Tests.Commentary;

/// <summary>A figure members were sent in a digest and then corrected is named in the committee's next digest, once.</summary>
public sealed class DigestCorrectionTests : IAsyncLifetime
{
    private OfficerChat _chat = null!;

    public async Task InitializeAsync()
    {
        // Monday 9 February 2026, 09:00.
        // The channel's user (aad-user-1) links it as one of PerfBot's administrators.
        _chat = await OfficerChat.StartAsync([("Roles:Administrators", "aad-user-1")], clock: new FakeTimeProvider(new DateTimeOffset(2026, 2, 9, 9, 0, 0, TimeSpan.Zero)));
        await _chat.Bot.PostAsync(TeamsActivities.BotInstalledInTeam(_chat.Connector.ServiceUrl));
        await _chat.Bot.PostAsync(TeamsActivities.ChannelMessage(_chat.Connector.ServiceUrl, "link committee people and health"));
    }

    public async Task DisposeAsync() => await _chat.DisposeAsync();

    private async Task<DigestDispatcher.Run> DigestAsync()
    {
        var committee = _chat.Bot.Services.GetRequiredService<CommitteeRepository>().Committees().Single(c => c.Name == "People and Health Scrutiny Committee");
        var today = CouncilClock.DateOf(_chat.Clock.GetUtcNow());
        return await _chat.Bot.Services.GetRequiredService<DigestDispatcher>().RunAsync(committee, today, CouncilClock.WeekOf(today), CancellationToken.None);
    }

    [Fact]
    public async Task The_next_digest_names_a_sent_figure_corrected_since_and_the_one_after_does_not()
    {
        var first = await DigestAsync();
        Assert.Equal(1, first.Sending.Sent);
        Assert.Contains("Percentage of Education, Health & Care Plans (EHCPs) issued within 20 weeks: 22.86% (Q2 2025/26)", first.Digest.Text);
        _chat.Clock.Advance(TimeSpan.FromHours(2)); // the officer finds the mistake that morning

        var card = OfficerChat.CardOf(await _chat.SendFileAsync("corrections.csv", """
            indicator,period,value
            "Percentage of Education, Health & Care Plans (EHCPs) issued within 20 weeks",Q2 2025/26,24.1
            "Rates of children in care per 10,000",Oct-20,69.5
            """));
        await _chat.PressAsync(OfficerChat.Button(card, "Import"));
        _chat.Clock.Advance(TimeSpan.FromDays(7));
        var second = await DigestAsync();
        var post = _chat.Connector.Calls.Last(c => c.Path.Contains(TeamsActivities.ChannelId, StringComparison.Ordinal)).Body;
        _chat.Clock.Advance(TimeSpan.FromDays(7));
        var third = await DigestAsync();

        Assert.Contains("Corrected since the last digest: 1 figure members had already been sent.\n" +
            "- Percentage of Education, Health & Care Plans (EHCPs) issued within 20 weeks, Q2 2025/26: value was 22.86%, now 24.1% (corrected on 9 Feb 2026 by Jo Bloggs from corrections.csv).",
            second.Digest.Text.Replace("\r\n", "\n"));
        // October 2020's rate was never in a digest or brief: its correction is in the audit, not news to members.
        Assert.DoesNotContain("Rates of children in care", second.Digest.Text.Split("Corrected since")[1].Split("\n\n")[0]);
        Assert.Equal(1, second.Sending.Sent);
        Assert.Contains("value was 22.86%, now 24.1%", post.GetProperty("summary").GetString());
        Assert.Contains("value was 22.86%, now 24.1%", post.GetProperty("attachments")[0].GetProperty("content").ToString());
        Assert.DoesNotContain("Corrected since the last digest", third.Digest.Text);
    }
}
