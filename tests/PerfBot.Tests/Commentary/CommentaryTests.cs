using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using PerfBot.Audit;
using PerfBot.Briefings;
using PerfBot.Tests.Support;
using PerfBot.Tests.Uploads;

namespace PerfBot.Tests.Commentary;

/// <summary>Commentary written from a card by an indicator's owner, through POST /api/messages, and where members then see it.</summary>
public sealed class CommentaryTests : IAsyncLifetime
{
    private OfficerChat _chat = null!;
    private const string Ehcp = "ehcp-issued-20-weeks";

    public async Task InitializeAsync()
    {
        _chat = await OfficerChat.StartAsync();
        using var connection = _chat.Bot.Store.Database.Open();
        // The member owns the EHCP indicator: owners write their own indicators' commentary without being data officers.
        connection.Execute("UPDATE indicators SET owner = @owner WHERE code = @Ehcp", new { owner = OfficerChat.MemberAad, Ehcp });
        CatalogueChanged();
        var committee = connection.QuerySingle<long>("SELECT id FROM committees WHERE name = 'People and Health Scrutiny Committee'");
        new CommitteeBriefingSettingsStore(_chat.Bot.Store.Database).Save(new CommitteeBriefingSettings(committee, ChairAadObjectId: OfficerChat.OfficerAad, TenantId: TeamsActivities.Tenant));
    }

    public async Task DisposeAsync() => await _chat.DisposeAsync();

    /// <summary>As a catalogue import would: the store's version moves, and the question index sees it at its next look.</summary>
    private void CatalogueChanged()
    {
        using (var connection = _chat.Bot.Store.Database.Open()) connection.Execute("UPDATE store_version SET version = version + 1");
        _chat.Clock.Advance(TimeSpan.FromMinutes(1));
    }

    private static JsonElement Input(JsonElement card, string id) =>
        card.GetProperty("body").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "Input.Text" && e.GetProperty("id").GetString() == id);

    [Fact]
    public async Task Commentary_saved_from_a_card_appears_in_the_next_answer_and_brief_with_its_author()
    {
        var form = OfficerChat.CardOf(await _chat.SayAsync("commentary for EHCP timeliness", asMember: true));
        Assert.StartsWith("We are currently unable to report on EHCP metrics", Input(form, "commentary").GetProperty("value").GetString());
        Assert.Equal("Commentary: Percentage of Education, Health & Care Plans (EHCPs) issued within 20 weeks", form.GetProperty("body")[0].GetProperty("text").GetString());

        var saved = await _chat.PressAsync(OfficerChat.Button(form, "Save"), asMember: true, new Dictionary<string, string>
        {
            ["commentary"] = "Backlog from the case management migration is being cleared: 41 plans issued in January.",
            ["actions"] = "Two locum caseworkers until March; weekly tracking at the SEND board.",
        });
        Assert.Equal("Commentary by Cllr Sam Patel on 10 Feb 2026", saved.GetProperty("body")[1].GetProperty("text").GetString());

        var why = OfficerChat.TextOf(await _chat.SayAsync("why are EHCPs issued within 20 weeks red?"));
        Assert.Contains("Commentary (Q2 2025/26): Backlog from the case management migration is being cleared: 41 plans issued in January.", why);
        Assert.Contains("Commentary by Cllr Sam Patel on 10 Feb 2026.", why);

        Assert.Contains("That is the brief for the People and Health Scrutiny Committee meeting on 1 April 2026.",
            OfficerChat.TextOf(await _chat.SayAsync("brief people and health")));
        var brief = _chat.Connector.Calls.Last(c => c.Method == "POST" && c.Path.EndsWith("/activities", StringComparison.Ordinal)
            && c.Body.GetRawText().Contains("Backlog from the case management migration", StringComparison.Ordinal));
        Assert.Contains("Commentary by Cllr Sam Patel on 10 Feb 2026", brief.Body.GetRawText());

        var entry = Assert.Single(_chat.Bot.Services.GetRequiredService<AuditLog>().Since(null), e => e.Action == AuditActions.Commentary);
        Assert.Equal(("chat", OfficerChat.MemberAad, "commentary and actions written in Teams (88 characters and 69 characters)."),
            (entry.Route, entry.ActorId, entry.Detail));
    }

    [Fact]
    public async Task The_owner_sees_edit_commentary_on_an_answer_and_a_member_who_owns_nothing_does_not()
    {
        var owner = OfficerChat.CardOf(await _chat.SayAsync("how are EHCPs issued within 20 weeks?", asMember: true));
        var officer = OfficerChat.CardOf(await _chat.SayAsync("how are foster carers?"));
        using (var connection = _chat.Bot.Store.Database.Open()) connection.Execute("UPDATE indicators SET owner = NULL WHERE code = @Ehcp", new { Ehcp });
        CatalogueChanged();
        var member = OfficerChat.CardOf(await _chat.SayAsync("how are EHCPs issued within 20 weeks?", asMember: true));

        Assert.Equal($"commentary for {Ehcp}", OfficerChat.Button(owner, "Edit commentary").GetProperty("data").GetProperty("ask").GetString());
        Assert.Contains(OfficerChat.Actions(officer), a => a.GetProperty("title").GetString() == "Edit commentary"); // a data officer edits any
        Assert.DoesNotContain(OfficerChat.Actions(member), a => a.GetProperty("title").GetString() == "Edit commentary");
    }

    [Fact]
    public async Task Someone_who_neither_owns_the_indicator_nor_is_a_data_officer_is_told_who_can_and_nothing_changes()
    {
        using (var connection = _chat.Bot.Store.Database.Open()) connection.Execute("UPDATE indicators SET owner = 'jo.owner@dorsetcouncil.gov.uk' WHERE code = @Ehcp", new { Ehcp });
        var before = _chat.Figures();

        var reply = OfficerChat.TextOf(await _chat.SayAsync("commentary for EHCP timeliness", asMember: true));

        Assert.Equal("Only its owner (jo.owner@dorsetcouncil.gov.uk) or PerfBot's data officers (Roles:DataOfficers or the Roles:DataOfficersGroup group) can write the commentary of " +
            "Percentage of Education, Health & Care Plans (EHCPs) issued within 20 weeks, so I have not changed anything. To read it, ask \"why ehcp-issued-20-weeks?\".", reply);
        Assert.Equal(before, _chat.Figures());
        Assert.Contains(_chat.Bot.Services.GetRequiredService<AuditLog>().Since(null), e => e.Action == AuditActions.Refused && e.ActorId == OfficerChat.MemberAad);
    }

    [Fact]
    public async Task Saving_over_commentary_someone_changed_since_the_form_was_opened_is_refused_with_the_text_now()
    {
        var stale = OfficerChat.CardOf(await _chat.SayAsync("commentary for EHCP timeliness", asMember: true));
        var fresh = OfficerChat.CardOf(await _chat.SayAsync("commentary for EHCP timeliness"));
        await _chat.PressAsync(OfficerChat.Button(fresh, "Save"), inputs: new Dictionary<string, string> { ["commentary"] = "Officer's update.", ["actions"] = "" });

        var refused = await _chat.PressAsync(OfficerChat.Button(stale, "Save"), asMember: true, new Dictionary<string, string> { ["commentary"] = "Owner's update.", ["actions"] = "" });

        Assert.Equal("Not saved: Jo Bloggs changed it on 10 Feb 2026 after you opened this form. Here is the text now; edit it and save again.",
            refused.GetProperty("body")[2].GetProperty("text").GetString());
        Assert.Equal("Officer's update.", Input(refused, "commentary").GetProperty("value").GetString());
        Assert.Contains("Officer's update.", OfficerChat.TextOf(await _chat.SayAsync("why are EHCPs issued within 20 weeks red?")));
    }
}
