using PerfBot.Cards;
using PerfBot.Conversations;
using PerfBot.Council;

namespace PerfBot.Briefings;

/// <summary>
/// The brief as an Adaptive Card: headline counts and freshness first, then the red and amber-and-worsening lists
/// (each with value, target, direction, benchmarks, the narrative shortened at a sentence and the actions), focus,
/// risks, forward plan and questions; the overdue indicators counted and named last. The Word version is one button
/// away when the card goes to one person.
/// </summary>
public static class BriefCard
{
    public static ChatReply Reply(BriefMessage message)
    {
        var b = message.Brief;
        var text = $"Brief for the {b.Committee} meeting on {CouncilCulture.Date(b.Meeting)}: " +
                   $"{b.Counts.Red} red, {b.Counts.AmberWorsening} amber and worsening, {b.Counts.OnTrack} on track. {b.Freshness.Text}";
        return ChatReply.WithCard(text, Card(message));
    }

    public static AdaptiveCard Card(BriefMessage message)
    {
        var b = message.Brief;
        var body = new List<CardElement>
        {
            TextBlock.Heading($"Brief: {b.Committee}"),
            new TextBlock($"Meeting {CouncilCulture.DayAndDate(b.Meeting)}. As of {CouncilCulture.Date(b.ComposedOn)}.") { IsSubtle = true, Spacing = Spacing.None },
            new TextBlock(b.Freshness.Text),
            new ColumnSet(
                Count("Red", b.Counts.Red, TextColor.Attention),
                Count("Amber, worsening", b.Counts.AmberWorsening, TextColor.Warning),
                Count("On track", b.Counts.OnTrack, TextColor.Good),
                Count("Data overdue", b.Counts.Overdue, TextColor.Default)),
        };
        body.AddRange(Section("Red", b.Red, ContainerStyle.Attention));
        body.AddRange(Section("Amber and worsening", b.AmberWorsening, ContainerStyle.Warning));
        if (b.Focus.Count > 0)
        {
            body.Add(Heading("Suggested areas of focus"));
            body.AddRange(b.Focus.Select(f => (CardElement)TextBlock.Markdown(CardMarkdown.Of($"**{f.Name}**: {f.Reason}"))));
        }
        if (b.Risks.Count > 0)
        {
            body.Add(Heading("Strategic risks"));
            body.AddRange(b.Risks.Select(r => (CardElement)TextBlock.Markdown(CardMarkdown.Of($"**Risk {r.Id}**{(r.Rating is null ? "" : $" ({r.Rating})")}: {r.Description}"))));
        }
        if (b.ForwardPlan.Count > 0)
        {
            body.Add(Heading("On the agenda"));
            body.AddRange(b.ForwardPlan.Select(p => (CardElement)TextBlock.Markdown(CardMarkdown.Of($"- {p.Item}"))));
        }
        if (b.Questions.Count > 0)
        {
            body.Add(Heading("Suggested questions"));
            body.AddRange(b.Questions.Select((q, i) => (CardElement)TextBlock.Markdown(CardMarkdown.Of($"{i + 1}. {q.Text}"))));
        }
        if (b.Overdue.Count > 0)
        {
            body.Add(Heading($"Data overdue ({b.Overdue.Count})"));
            body.Add(new TextBlock($"Two or more periods behind the committee's newest data ({b.Freshness.NewestPeriod}), so not in the lists: " +
                                   string.Join("; ", b.Overdue.Take(5).Select(o => $"{o.Name} (latest {o.LatestPeriod ?? "none"})")) +
                                   (b.Overdue.Count > 5 ? $"; and {b.Overdue.Count - 5} more in the Word version." : ".")) { IsSubtle = true });
        }
        var card = new AdaptiveCard(body);
        return message.DocumentLink is { } link
            ? card with { Actions = [new OpenUrlAction("Open the Word version", link.AbsoluteUri)] }
            : card;
    }

    private static Column Count(string label, int count, TextColor color) => new(
        new TextBlock(count.ToString(Wording.English)) { Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Color = color, HorizontalAlignment = HorizontalAlignment.Center },
        new TextBlock(label) { Size = TextSize.Small, HorizontalAlignment = HorizontalAlignment.Center, Spacing = Spacing.None })
    { Width = "stretch" };

    private static TextBlock Heading(string text) => TextBlock.Heading(text) with { Separator = true, Spacing = Spacing.Medium };

    private static IEnumerable<CardElement> Section(string title, IReadOnlyList<BriefItem> items, ContainerStyle style)
    {
        yield return Heading($"{title} ({items.Count})");
        foreach (var i in items)
        {
            var facts = new List<Fact>
            {
                new("Value", $"{i.ValueText} at {i.Period}"),
                new("Target", i.TargetText ?? "none stored"),
                new("Rating", $"{i.Rag} ({i.RagSource}){(i.Direction is { } d ? $", {d}" : "")}"),
            };
            if (i.PreviousText is not null) facts.Add(new("Previous", i.PreviousText));
            facts.AddRange(i.Benchmarks.Select(x => new Fact(x.Kind, $"{x.ValueText} ({x.Period})")));
            var elements = new List<CardElement> { new TextBlock(i.Name) { Weight = TextWeight.Bolder }, new FactSet(facts) };
            if (Narrative.Shorten(i.Narrative) is { } narrative) elements.Add(new TextBlock(narrative) { Size = TextSize.Small });
            if (i.CommentaryBy is { } by) elements.Add(TextBlock.Subtle(by));
            elements.Add(new TextBlock($"Actions: {Narrative.Shorten(i.Actions) ?? "none recorded with this figure."}") { Size = TextSize.Small, IsSubtle = i.Actions is null });
            yield return new Container(elements) { Style = style, Spacing = Spacing.Small };
        }
    }
}
