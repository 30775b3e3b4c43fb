using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PerfBot.Audit;
using PerfBot.Conversations;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Channels;

/// <summary>
/// Linking a channel to a committee decides who receives its digests: only PerfBot's administrators may link, re-link
/// or unlink, every change is audited and announced in the channel, and anyone else is refused with nothing changed.
/// </summary>
public sealed class ChannelLinkTests : IAsyncLifetime
{
    public const string AdminAad = "aad-admin-1", AdminTeamsId = "29:admin-1", AdminName = "Pat Clerk";
    public const string MemberAad = "aad-member-9", MemberTeamsId = "29:member-9", MemberName = "Cllr Mallory";

    private FakeConnector _connector = null!;
    private BotUnderTest _bot = null!;
    private int _messages;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _bot = await BotUnderTest.StartAsync(settings: [("Roles:Administrators", $"{AdminAad}, second.admin@example.gov.uk")]);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private CommitteeChannelLinks Links => _bot.Services.GetRequiredService<CommitteeChannelLinks>();
    private IReadOnlyList<AuditEntry> Audit => _bot.Services.GetRequiredService<AuditLog>().Since(null);

    /// <summary>A post in the channel from one person; PerfBot's reply in its thread, as text.</summary>
    public static JsonObject Post(string serviceUrl, string text, string teamsId, string aad, string name, string id)
    {
        var activity = TeamsActivities.ChannelMessage(serviceUrl, text, id);
        activity["from"] = new JsonObject { ["id"] = teamsId, ["name"] = name, ["aadObjectId"] = aad };
        return activity;
    }

    private async Task<string> SayAsync(string text, bool asAdmin)
    {
        var id = $"17000000{Interlocked.Increment(ref _messages):D5}";
        var activity = asAdmin ? Post(_connector.ServiceUrl, text, AdminTeamsId, AdminAad, AdminName, id) : Post(_connector.ServiceUrl, text, MemberTeamsId, MemberAad, MemberName, id);
        Assert.Equal(HttpStatusCode.OK, (await _bot.PostAsync(activity)).StatusCode);
        var replies = await _connector.WaitForCallsAsync(_messages, where: c => c.Method == "POST");
        Assert.Equal(_messages, replies.Count);
        var body = replies.Single(r => r.Path.EndsWith($"/activities/{id}", StringComparison.Ordinal)).Body;
        // A reply with a card carries its text as the summary.
        return (body.TryGetProperty("text", out var said) ? said : body.GetProperty("summary")).GetString()!;
    }

    [Fact]
    public async Task Someone_who_is_no_administrator_cannot_link_a_channel_and_the_refusal_is_audited()
    {
        var reply = await SayAsync("link committee people and health", asAdmin: false);

        Assert.StartsWith("Only PerfBot's administrators (Roles:Administrators) can link this channel to a committee, so I have not changed anything.", reply);
        Assert.Null(Links.FindLink(TeamsActivities.ChannelId));
        var refused = Assert.Single(Audit);
        Assert.Equal((AuditActions.Refused, MemberAad), (refused.Action, refused.ActorId));
    }

    [Fact]
    public async Task An_administrator_links_and_the_change_is_announced_in_the_channel_and_audited()
    {
        var reply = await SayAsync("link committee people and health", asAdmin: true);

        Assert.Equal($"{AdminName} linked this channel to the People and Health Scrutiny Committee: its digests will be posted here.", reply);
        Assert.Equal("People and Health Scrutiny Committee", Links.FindLink(TeamsActivities.ChannelId)!.CommitteeName);
        var linked = Assert.Single(Audit);
        Assert.Equal((AuditActions.ChannelLink, AuditOutcomes.Applied, AdminAad), (linked.Action, linked.Outcome, linked.ActorId));
        Assert.Equal(TeamsActivities.ChannelId, linked.Subject);
        Assert.Contains("People and Health Scrutiny Committee", linked.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_else_cannot_re_link_or_unlink_a_linked_channel()
    {
        await SayAsync("link committee people and health", asAdmin: true);

        Assert.StartsWith("Only PerfBot's administrators", await SayAsync("link committee place and resources", asAdmin: false));
        Assert.StartsWith("Only PerfBot's administrators", await SayAsync("unlink committee", asAdmin: false));

        Assert.Equal("People and Health Scrutiny Committee", Links.FindLink(TeamsActivities.ChannelId)!.CommitteeName);
        Assert.Equal([AuditActions.ChannelLink, AuditActions.Refused, AuditActions.Refused], Audit.Select(e => e.Action));
    }

    [Fact]
    public async Task An_administrator_re_links_and_unlinks_and_the_channel_is_told_what_it_no_longer_receives()
    {
        await SayAsync("link committee people and health", asAdmin: true);

        Assert.Equal($"{AdminName} linked this channel to the Place and Resources Scrutiny Committee instead of the People and Health Scrutiny Committee: " +
                     "its digests will be posted here, and the People and Health Scrutiny Committee's no longer.", await SayAsync("link committee place and resources", asAdmin: true));
        Assert.Equal($"{AdminName} unlinked this channel from the Place and Resources Scrutiny Committee: its digests will no longer be posted here.",
            await SayAsync("unlink committee", asAdmin: true));

        Assert.Null(Links.FindLink(TeamsActivities.ChannelId));
        Assert.Equal([AuditActions.ChannelLink, AuditActions.ChannelLink, AuditActions.ChannelUnlink], Audit.Select(e => e.Action));
        Assert.Equal("This channel is not linked to a committee: there is nothing to unlink.", await SayAsync("unlink committee", asAdmin: true));
    }

    [Fact]
    public async Task An_administrator_named_by_email_is_recognised_through_the_channels_roster()
    {
        _connector.Members[MemberTeamsId] = new
        {
            id = MemberTeamsId, name = MemberName, objectId = MemberAad,
            email = "Second.Admin@example.gov.uk", userPrincipalName = "second.admin@example.gov.uk", tenantId = TeamsActivities.Tenant,
        };

        Assert.StartsWith($"{MemberName} linked this channel", await SayAsync("link committee people and health", asAdmin: false));

        Assert.NotNull(Links.FindLink(TeamsActivities.ChannelId));
        var roster = Assert.Single(_connector.Calls, c => c.Method == "GET");
        Assert.Equal($"/v3/conversations/{TeamsActivities.ChannelId}/members/{MemberTeamsId}", roster.Path);
    }
}
