using PerfBot.Cards;
using PerfBot.Commentary;
using PerfBot.Indicators;
using PerfBot.Store.Import;
using PerfBot.Sync;
using PerfBot.Tests.Support;
using PerfBot.Uploads;

namespace PerfBot.Tests.Cards;

/// <summary>The officers' cards — previews, outcomes, the commentary form, nudges, sync failures — parse cleanly in Microsoft's adaptivecards library.</summary>
public sealed class OfficerCardsTests
{
    private static readonly ImportPreview Preview = new("q3-2025-26.xlsx", new string('a', 64), 120, 1, ["Children missing education"], 2,
        [new PreviewFigure(2, "EHCPs issued within 20 weeks", "Q3 2025/26", "31.5%"), new PreviewFigure(3, "Children missing education", "Q3 2025/26", "31")],
        1, [new PreviewCorrection(4, "EHCPs issued within 20 weeks", "Q2 2025/26", [new FieldChange("value", "22.86%", "24.1%"), new FieldChange("target", "60%", "55%")])],
        1, [new PreviewUpdate(5, "Active foster carers", "Q2 2025/26", ["commentary", "RAG"])], 115, 3, [], "fingerprint");

    private static readonly Indicator Ehcp = new(1, "ehcp-issued-20-weeks", "Percentage of EHCPs issued within 20 weeks", "Children's Services", "%",
        Frequency.Quarterly, Polarity.HigherIsBetter, null, "aad-owner", null, [], []);

    [Fact]
    public async Task Every_officer_card_parses_with_no_problems()
    {
        var figure = new Measurement(Period.Parse("Q2 2025/26"), 22.86, 60, Rag.Red, Direction.Worsening, "Backlog after the migration.", null, "Q2 report")
        {
            CommentaryBy = new CommentaryAuthor("Jo Bloggs", new DateTimeOffset(2026, 2, 10, 9, 0, 0, TimeSpan.Zero)),
        };
        var cards = new List<(string Name, AdaptiveCard Card)>
        {
            ("preview", PreviewCard.Build(Preview, "0123456789abcdef0123456789abcdef", new DateTimeOffset(2026, 2, 10, 9, 30, 0, TimeSpan.Zero))),
            ("preview with problems", PreviewCard.Build(ImportPreview.Refused("bad.csv", "", [new ImportProblem("bad.csv", "is not a number.", 3, 2, "value", "n/a")]), null, null)),
            ("outcome", PreviewCard.Outcome("Imported", "q3-2025-26.xlsx: 120 rows — 2 new figures, 1 corrected.", TextColor.Good, ["EHCPs, Q2 2025/26: value 22.86% → 24.1%"])),
            ("commentary form", CommentaryCard.Form(Ehcp, figure, "0011223344556677", "Not saved: Jo Bloggs changed it.")),
            ("commentary saved", CommentaryCard.Saved(Ehcp, "Q2 2025/26", "Backlog being cleared.", null, figure.CommentaryBy!)),
            ("nudge", NudgeCard.Build(new Nudge("People and Health Scrutiny Committee", new DateOnly(2026, 4, 1), new DateOnly(2026, 3, 25),
                [new NudgeItem("ehcp-issued-20-weeks", "Percentage of EHCPs issued within 20 weeks", "Q2 2025/26", "22.86%", "Red")]))),
            ("sync failure", SyncFailureCard.Build(new SyncFailure("People and Health monthly", "drive b!x, item 01", "monthly.csv", "monthly.csv has 1 problem(s).",
                ["monthly.csv: row 2, column C (value): 'n/a' is not a number"], DateTimeOffset.UnixEpoch))),
        };

        var problems = await AdaptiveCardsLibrary.ProblemsAsync(cards.Select(c => c.Card).ToList());

        Assert.All(cards.Zip(problems), pair => Assert.True(pair.Second.Count == 0, $"{pair.First.Name}: {string.Join("; ", pair.Second)}"));
        Assert.All(cards, c => Assert.True(c.Card.ToJson().Length < 28_000, $"{c.Name} is {c.Card.ToJson().Length} characters"));
    }

    [Fact]
    public void A_preview_with_problems_or_nothing_to_import_has_no_buttons_and_one_with_changes_has_import_and_cancel()
    {
        Assert.Null(PreviewCard.Build(ImportPreview.Refused("bad.csv", "", [new ImportProblem("bad.csv", "is not a number.", 3, 2, "value", "n/a")]), "id", null).Actions);
        Assert.Null(PreviewCard.Build(Preview with { NewIndicatorCount = 0, NewFigureCount = 0, CorrectionCount = 0, UpdateCount = 0, OtherChanges = 0 }, "id", null).Actions);
        Assert.Equal(["Import", "Cancel"], PreviewCard.Build(Preview, "id", DateTimeOffset.UnixEpoch).Actions!.Select(a => a.Title));
    }
}
