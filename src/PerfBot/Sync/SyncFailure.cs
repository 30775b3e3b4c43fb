using PerfBot.Cards;

namespace PerfBot.Sync;

/// <summary>What data officers are told when a workbook could not be synced: the source, why, every problem with its row and column.</summary>
public sealed record SyncFailure(string Source, string Where, string? File, string Reason, IReadOnlyList<string> Problems, DateTimeOffset At);

/// <summary>A sync failure as each data officer gets it in a 1:1 chat, through the outbox.</summary>
public static class SyncFailureCard
{
    public const string Kind = "sync-failure";
    private const int Shown = 15;

    public static AdaptiveCard Build(SyncFailure f)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading($"Workbook sync failed: {f.Source}"),
            new TextBlock($"{f.Reason} Nothing was imported: the store is as it was.") { Color = TextColor.Attention },
            TextBlock.Subtle($"{f.Where}{(f.File is null ? "" : $" ({f.File})")}"),
        };
        body.AddRange(f.Problems.Take(Shown).Select(p => (CardElement)new TextBlock($"- {p}") { Spacing = Spacing.Small }));
        if (f.Problems.Count > Shown) body.Add(TextBlock.Subtle($"… and {f.Problems.Count - Shown} more ('perfbot import --dry-run' on the file lists them)."));
        body.Add(TextBlock.Subtle("Fix the file on SharePoint and the next sync (or \"sync now\") imports it."));
        return new AdaptiveCard(body);
    }

    public static string Text(SyncFailure f) =>
        $"Workbook sync failed for {f.Source}: {f.Reason} Nothing was imported." +
        (f.Problems.Count == 0 ? "" : "\n" + string.Join("\n", f.Problems.Take(ImportProblemsInText).Select(p => $"- {p}")));

    private const int ImportProblemsInText = 50;

    /// <summary>Each data officer is told about one source's failure once a day, or once per version of a file that fails.</summary>
    public static string Key(string source, string failure, string officer) => $"sync-failure:{source}:{failure}:{officer.ToLowerInvariant()}";
}
