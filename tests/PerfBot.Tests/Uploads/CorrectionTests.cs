using PerfBot.Audit;
using Microsoft.Extensions.DependencyInjection;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Uploads;

/// <summary>A corrected figure is never silent: old → new in the preview, in members' answers, in <c>show</c> and in the audit.</summary>
public sealed class CorrectionTests : IAsyncLifetime
{
    private OfficerChat _chat = null!;

    public async Task InitializeAsync() => _chat = await OfficerChat.StartAsync();

    public async Task DisposeAsync() => await _chat.DisposeAsync();

    [Fact]
    public async Task A_correction_shows_old_and_new_in_the_preview_the_answer_and_show_and_the_audit_lists_it()
    {
        var preview = await _chat.SendFileAsync("q2-corrected.csv",
            "indicator,period,value\n\"Percentage of Education, Health & Care Plans (EHCPs) issued within 20 weeks\",Q2 2025/26,24.1\n");

        var card = OfficerChat.CardOf(preview);
        Assert.Contains("- Percentage of Education, Health & Care Plans (EHCPs) issued within 20 weeks, Q2 2025/26 (row 2): value 22.86% → 24.1%", OfficerChat.TextOf(preview));
        Assert.Contains("\"value\":\"value 22.86% \\u2192 24.1%\"", card.GetRawText());
        await _chat.PressAsync(OfficerChat.Button(card, "Import"));

        var answer = await _chat.SayAsync("how are EHCPs issued within 20 weeks?", asMember: true);
        Assert.Contains("Q2 2025/26: 24.1% — Red", OfficerChat.TextOf(answer));
        Assert.Contains("Corrected on 10 Feb 2026, was 22.86% (by Jo Bloggs from q2-corrected.csv).", OfficerChat.TextOf(answer));
        Assert.Contains("Corrected on 10 Feb 2026, was 22.86% (by Jo Bloggs from q2-corrected.csv)", OfficerChat.CardOf(answer).GetRawText());

        var show = await ChildProcess.PerfbotAsync(["--db", _chat.Bot.Store.Database.Path, "show", "ehcp-issued-20-weeks"]);
        Assert.Contains("Corrected on 10 Feb 2026, was 22.86% (by Jo Bloggs from q2-corrected.csv)", show.Output);

        var audit = _chat.Bot.Services.GetRequiredService<AuditLog>().Since(null);
        var correction = Assert.Single(audit, e => e.Action == AuditActions.Correction);
        Assert.Equal(("upload", OfficerChat.OfficerAad, "q2-corrected.csv", "value 22.86% → 24.1%"), (correction.Route, correction.ActorId, correction.FileName, correction.Detail));
        Assert.Equal("Percentage of Education, Health & Care Plans (EHCPs) issued within 20 weeks, Q2 2025/26", correction.Subject);
        Assert.Equal(audit.Single(e => e.Action == AuditActions.Import).RunId, correction.RunId);
    }
}
