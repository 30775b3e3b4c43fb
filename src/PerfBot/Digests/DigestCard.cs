using PerfBot.Cards;
using PerfBot.Indicators;

namespace PerfBot.Digests;

/// <summary>
/// The digest as an Adaptive Card: changes at the top, then each service area's exceptions with value, target,
/// direction, period and a button that asks about the indicator; data overdue last.
/// </summary>
public static class DigestCard
{
    /// <summary>Long overdue lists go in the text (and the verb), not the card: a Teams message stops at about 80 KB.</summary>
    public const int OverdueShown = 8;

    public static AdaptiveCard Build(Digest d)
    {
        var body = new List<CardElement> { TextBlock.Heading($"{d.Committee}: digest"), TextBlock.Subtle(Subtitle(d)) };
        if (DigestText.Changes(d) is { } changes) body.Add(new TextBlock(changes) { Spacing = Spacing.Small });
        if (d.Corrections is { Count: > 0 } corrections)
        {
            body.Add(new TextBlock(DigestText.CorrectionsHeading(corrections.Count)) { Weight = TextWeight.Bolder, Color = TextColor.Warning, Spacing = Spacing.Medium });
            body.AddRange(corrections.Select(c => (CardElement)new TextBlock(DigestText.Correction(c)) { Size = TextSize.Small, Spacing = Spacing.None }));
        }
        if (!d.HasExceptions)
        {
            body.Add(new TextBlock(DigestText.Summary(d)) { Weight = TextWeight.Bolder, Color = TextColor.Good });
        }
        else
        {
            body.Add(new TextBlock(DigestText.Count(d)) { Weight = TextWeight.Bolder });
            foreach (var area in d.Areas)
            {
                body.Add(new TextBlock(area.ServiceArea) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
                body.AddRange(area.Lines.Select(Line));
            }
            body.Add(TextBlock.Subtle($"{d.OnTrack} other indicator(s) on track."));
        }
        if (d.Overdue.Count > 0)
        {
            body.Add(new TextBlock($"Data overdue ({d.Overdue.Count}): not current, so not counted") { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
            body.AddRange(d.Overdue.Take(OverdueShown).Select(o => (CardElement)TextBlock.Subtle($"{o.Name}: latest data {o.LatestPeriod ?? "none held"}")));
            if (d.Overdue.Count > OverdueShown)
                body.Add(TextBlock.Subtle($"and {d.Overdue.Count - OverdueShown} more (the message text lists them all)."));
        }
        return new AdaptiveCard(body);
    }

    private static string Subtitle(Digest d) =>
        $"As of {DigestText.Date(d.AsOf)}" + (d.LatestPeriod is { } p ? $"; latest data {p}" : "");

    private static CardElement Line(DigestLine l)
    {
        var change = l.Change switch
        {
            DigestChange.NewlyRed => "Newly red. ",
            DigestChange.NewlyException => "New. ",
            _ => "",
        };
        var target = l.Target is { } t ? Figures.Value(t, l.Unit) : "none";
        var items = new List<CardElement>
        {
            new TextBlock(l.Name) { Weight = TextWeight.Bolder, Color = l.Rag == Rag.Red ? TextColor.Attention : TextColor.Warning },
            new TextBlock($"{change}{Figures.Value(l.Value, l.Unit)} ({l.Period}); target {target}; {l.Rag}; {l.Direction?.ToString() ?? "no direction"}") { Spacing = Spacing.None },
            TextBlock.Subtle(l.Source is null ? "Source not recorded" : $"Source: {l.Source}"),
        };
        if (l.Commentary is { } c)
        {
            items.Add(new TextBlock(c.Text) { Size = TextSize.Small, Spacing = Spacing.Small });
            items.Add(TextBlock.Subtle(c.By));
        }
        return new Container(items)
        {
            Spacing = Spacing.Small,
            SelectAction = SubmitAction.Ask(l.Question, $"Ask about {l.Name}"),
        };
    }
}
