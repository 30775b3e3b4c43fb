using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PerfBot.Audit;
using Microsoft.Extensions.DependencyInjection;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Uploads;

/// <summary>An officer's file dropped in a 1:1 chat, previewed and imported (or not), through POST /api/messages.</summary>
public sealed class UploadTests : IAsyncLifetime
{
    private OfficerChat _chat = null!;

    private const string Ehcp = "\"Percentage of Education, Health & Care Plans (EHCPs) issued within 20 weeks\"";
    private const string Quarter3 = $"""
        indicator,period,value,target,rag
        {Ehcp},Q3 2025/26,31.5,,Red
        Number of Independent Special School places taken up by children and young people,Q3 2025/26,548,,Red
        """;

    public async Task InitializeAsync() => _chat = await OfficerChat.StartAsync();

    public async Task DisposeAsync() => await _chat.DisposeAsync();

    private IReadOnlyList<AuditEntry> Audit() => _chat.Bot.Services.GetRequiredService<AuditLog>().Since(null);

    [Fact]
    public async Task An_officers_quarter_file_is_previewed_then_imported_and_members_are_answered_with_the_new_period()
    {
        var preview = await _chat.SendFileAsync("q3-2025-26.csv", Quarter3);

        var card = OfficerChat.CardOf(preview);
        Assert.Equal("Check before importing: q3-2025-26.csv", card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Contains("q3-2025-26.csv: 2 rows — 2 new figures.", OfficerChat.TextOf(preview));
        Assert.Contains("Percentage of Education, Health & Care Plans (EHCPs) issued within 20 weeks, Q3 2025/26: 31.5%", OfficerChat.TextOf(preview));
        Assert.Equal(["Import", "Cancel"], OfficerChat.Actions(card).Select(a => a.GetProperty("title").GetString()));
        // The download address is pre-authenticated: PerfBot fetched it once and sent no credentials.
        Assert.Equal(("/download/q3-2025-26.csv", (string?)null), Assert.Single(_chat.Files.Requests));
        Assert.DoesNotContain("Q3 2025/26", OfficerChat.TextOf(await _chat.SayAsync("how are EHCPs issued within 20 weeks?", asMember: true)));

        var imported = await _chat.PressAsync(OfficerChat.Button(card, "Import"));

        Assert.Equal("Imported", imported.GetProperty("body")[0].GetProperty("text").GetString());
        var answer = OfficerChat.TextOf(await _chat.SayAsync("how are EHCPs issued within 20 weeks?", asMember: true));
        Assert.Contains("Q3 2025/26: 31.5% — Red", answer);
        var entry = Assert.Single(Audit(), e => e.Action == AuditActions.Import);
        Assert.Equal(("upload", "applied", OfficerChat.OfficerAad, OfficerChat.OfficerName, "q3-2025-26.csv"), (entry.Route, entry.Outcome, entry.ActorId, entry.ActorName, entry.FileName));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Quarter3))), entry.FileSha256);
        Assert.Equal(2, entry.RowsChanged);
    }

    [Fact]
    public async Task A_member_who_is_not_a_data_officer_is_refused_nothing_is_fetched_and_the_store_is_as_it_was()
    {
        await _chat.SayAsync("help", asMember: true);
        var before = _chat.Figures();

        var reply = await _chat.SendFileAsync("q3-2025-26.csv", Quarter3, asMember: true);

        Assert.StartsWith("Only PerfBot's data officers (Roles:DataOfficers or the Roles:DataOfficersGroup group) can import figures, so I have not changed anything.", OfficerChat.TextOf(reply));
        Assert.Empty(_chat.Files.Requests);
        Assert.Equal(before, _chat.Figures());
        var refusal = Assert.Single(Audit());
        Assert.Equal(("refused", "chat", "refused", OfficerChat.MemberAad, "q3-2025-26.csv"), (refusal.Action, refusal.Route, refusal.Outcome, refusal.ActorId, refusal.FileName));
    }

    [Fact]
    public async Task After_cancel_nothing_is_imported_and_a_second_click_does_nothing()
    {
        var card = OfficerChat.CardOf(await _chat.SendFileAsync("q3-2025-26.csv", Quarter3));
        var before = _chat.Figures();

        var cancelled = await _chat.PressAsync(OfficerChat.Button(card, "Cancel"));
        var importAfterCancel = await _chat.PressAsync(OfficerChat.Button(card, "Import"));

        Assert.Equal("Cancelled", cancelled.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.StartsWith("This preview of q3-2025-26.csv was cancelled at 09:00. Nothing was imported", importAfterCancel.GetProperty("body")[1].GetProperty("text").GetString());
        Assert.Equal(before, _chat.Figures());
        Assert.DoesNotContain(Audit(), e => e.Action == AuditActions.Import);
    }

    [Fact]
    public async Task After_thirty_minutes_the_preview_has_expired_and_import_does_nothing()
    {
        var card = OfficerChat.CardOf(await _chat.SendFileAsync("q3-2025-26.csv", Quarter3));
        var before = _chat.Figures();
        _chat.Clock.Advance(TimeSpan.FromMinutes(30));

        var late = await _chat.PressAsync(OfficerChat.Button(card, "Import"));

        Assert.Equal("This preview of q3-2025-26.csv expired at 09:30, so nothing was imported. Send the file again for a fresh preview.",
            late.GetProperty("body")[1].GetProperty("text").GetString());
        Assert.Equal(before, _chat.Figures());
    }

    [Fact]
    public async Task A_second_click_on_import_imports_nothing_more()
    {
        var card = OfficerChat.CardOf(await _chat.SendFileAsync("q3-2025-26.csv", Quarter3));
        var clicks = await Task.WhenAll(_chat.PressAsync(OfficerChat.Button(card, "Import")), _chat.PressAsync(OfficerChat.Button(card, "Import")));
        var afterFirst = _chat.Figures();

        var third = await _chat.PressAsync(OfficerChat.Button(card, "Import"));

        Assert.Equal(["Already decided", "Imported"], clicks.Select(c => c.GetProperty("body")[0].GetProperty("text").GetString()).Order());
        Assert.StartsWith("q3-2025-26.csv was already imported at 09:00. Nothing more was done.", third.GetProperty("body")[1].GetProperty("text").GetString());
        Assert.Equal(afterFirst, _chat.Figures());
        Assert.Single(Audit(), e => e.Action == AuditActions.Import);
    }

    [Fact]
    public async Task A_file_with_a_bad_value_gets_its_problems_by_row_and_column_and_no_import_button()
    {
        var before = _chat.Figures();

        var reply = await _chat.SendFileAsync("q3-2025-26.csv", Quarter3.Replace("548", "about 550"));

        var card = OfficerChat.CardOf(reply);
        Assert.Equal("q3-2025-26.csv cannot be imported", card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Contains("- q3-2025-26.csv: row 3, column C (value): 'about 550' is not a number", OfficerChat.TextOf(reply));
        Assert.Empty(OfficerChat.Actions(card));
        Assert.Equal(before, _chat.Figures());
    }

    [Fact]
    public async Task A_member_cannot_press_import_on_an_officers_preview()
    {
        var card = OfficerChat.CardOf(await _chat.SendFileAsync("q3-2025-26.csv", Quarter3));
        var before = _chat.Figures();

        var refused = await _chat.PressAsync(OfficerChat.Button(card, "Import"), asMember: true);

        Assert.StartsWith("Only PerfBot's data officers", refused.GetProperty("body")[1].GetProperty("text").GetString());
        Assert.Equal(before, _chat.Figures());
        Assert.Contains(Audit(), e => e.Action == AuditActions.Refused && e.ActorId == OfficerChat.MemberAad);
    }

    [Fact]
    public async Task A_data_officer_named_by_email_is_recognised_through_the_roster_but_cannot_import_another_officers_preview()
    {
        // Roles:DataOfficers names the second officer by email; Teams' roster gives their email for their id.
        _chat.Connector.Members[OfficerChat.MemberTeamsId] = new
        {
            id = OfficerChat.MemberTeamsId, name = OfficerChat.MemberName, objectId = OfficerChat.MemberAad,
            email = "Second.Officer@dorsetcouncil.gov.uk", userPrincipalName = "second.officer@dorsetcouncil.gov.uk", tenantId = TeamsActivities.Tenant,
        };
        var card = OfficerChat.CardOf(await _chat.SendFileAsync("q3-2025-26.csv", Quarter3));
        var before = _chat.Figures();

        var refused = await _chat.PressAsync(OfficerChat.Button(card, "Import"), asMember: true);
        var own = OfficerChat.CardOf(await _chat.SendFileAsync("q3-mine.csv", Quarter3, asMember: true));

        Assert.Equal("Only Jo Bloggs can import or cancel this preview of q3-2025-26.csv, so I have not changed anything. Send the file yourself for your own preview.",
            refused.GetProperty("body")[1].GetProperty("text").GetString());
        Assert.Equal(before, _chat.Figures());
        Assert.Equal(["Import", "Cancel"], OfficerChat.Actions(own).Select(a => a.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task A_file_that_is_not_a_spreadsheet_is_not_fetched()
    {
        var reply = await _chat.SendFileAsync("minutes.pdf", [0x25, 0x50, 0x44, 0x46]);

        Assert.StartsWith("minutes.pdf is not a CSV or XLSX file", OfficerChat.TextOf(reply));
        Assert.Empty(_chat.Files.Requests);
    }
}
