using System.Text.Json.Nodes;
using PerfBot.Cards;
using PerfBot.Council;
using PerfBot.Store.Import;

namespace PerfBot.Uploads;

/// <summary>
/// The preview of a dropped file as a card: what it adds and corrects (old → new), what stays, every problem with its
/// row and column — and Import and Cancel (Action.Execute) when there is something to import and nothing wrong.
/// </summary>
public static class PreviewCard
{
    /// <summary>Entries shown per list: a Teams message stops at about 28 KB; the message text and the dry run list more.</summary>
    public const int Shown = 12;

    public const string DataKey = "perfbot", DataValue = "import-preview", DecisionKey = "decision", PreviewKey = "preview";
    public const string Import = "import", Cancel = "cancel";

    public static AdaptiveCard Build(ImportPreview p, string? previewId, DateTimeOffset? expires)
    {
        var body = new List<CardElement> { TextBlock.Heading(p.HasProblems ? $"{p.File} cannot be imported" : $"Check before importing: {p.File}") };
        if (p.HasProblems)
        {
            body.Add(new TextBlock($"{p.Problems.Count} problem(s). Nothing was written; fix the file and send it again.") { Color = TextColor.Attention, Weight = TextWeight.Bolder });
            body.AddRange(p.Problems.Take(Shown).Select(problem => (CardElement)new TextBlock($"- {problem}") { Spacing = Spacing.Small }));
            More(body, p.Problems.Count, Shown);
            return new AdaptiveCard(body);
        }
        body.Add(new TextBlock(ImportPreviewText.Headline(p)) { Weight = TextWeight.Bolder });
        Section(body, "Corrected figures", p.CorrectionCount, p.Corrections.Select(c =>
            new Fact($"{c.Indicator}, {c.Period}", string.Join("; ", c.Changes.Select(ImportPreviewText.Change)))).ToList(), TextColor.Warning);
        Section(body, "New figures", p.NewFigureCount, p.NewFigures.Select(f => new Fact($"{f.Indicator}, {f.Period}", f.Value)).ToList(), null);
        Section(body, "New indicators", p.NewIndicatorCount, p.NewIndicators.Select(n => new Fact(n, "new")).ToList(), null);
        Section(body, "Other details changed", p.UpdateCount, p.Updates.Select(u => new Fact($"{u.Indicator}, {u.Period}", string.Join(", ", u.Fields))).ToList(), null);
        if (p.Unchanged > 0) body.Add(TextBlock.Subtle($"{p.Unchanged} row(s) unchanged."));
        if (p.OtherChanges > 0) body.Add(TextBlock.Subtle($"{p.OtherChanges} other change(s): benchmarks, indicator details, committee links."));
        if (!p.CanImport || previewId is null) return new AdaptiveCard(body);
        if (expires is { } at)
            body.Add(TextBlock.Subtle($"Import applies exactly this, all or nothing. The buttons work until {Time(at)}; corrected figures keep what they were."));
        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction("Import") { Verb = Import, Style = "positive", Data = Data(previewId, Import) },
                new ExecuteAction("Cancel") { Verb = Cancel, Data = Data(previewId, Cancel) },
            ],
        };
    }

    /// <summary>What replaces the preview card once it is decided, or when a click finds it decided already.</summary>
    public static AdaptiveCard Outcome(string heading, string text, TextColor? colour = null, IEnumerable<string>? lines = null)
    {
        var body = new List<CardElement> { TextBlock.Heading(heading), new TextBlock(text) { Color = colour } };
        body.AddRange((lines ?? []).Select(l => (CardElement)new TextBlock($"- {l}") { Spacing = Spacing.Small }));
        return new AdaptiveCard(body);
    }

    public static JsonObject Data(string previewId, string decision) => new()
    {
        [DataKey] = DataValue, [DecisionKey] = decision, [PreviewKey] = previewId,
    };

    /// <summary>"10:45" on the council's clock.</summary>
    public static string Time(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, CouncilClock.Zone).ToString("HH:mm", CouncilCulture.English);

    private static void Section(List<CardElement> body, string title, long count, IReadOnlyList<Fact> facts, TextColor? colour)
    {
        if (count == 0) return;
        body.Add(new TextBlock($"{title} ({count})") { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium, Color = colour });
        body.Add(new FactSet(facts.Take(Shown).ToList()));
        More(body, count, Math.Min(Shown, facts.Count));
    }

    private static void More(List<CardElement> body, long count, int shown)
    {
        if (count > shown) body.Add(TextBlock.Subtle($"… and {count - shown} more (the message text and 'perfbot import --dry-run' list them)."));
    }
}
