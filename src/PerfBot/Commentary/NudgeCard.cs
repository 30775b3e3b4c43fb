using PerfBot.Cards;
using PerfBot.Council;

namespace PerfBot.Commentary;

/// <summary>The nudge as a card: the brief it is for, the owner's exceptions without commentary, a button per indicator to write it.</summary>
public static class NudgeCard
{
    private const int Buttons = 5;

    public static string Text(Nudge n) =>
        $"The {n.Committee}'s brief for its meeting on {CouncilCulture.Date(n.Meeting)} is composed on {CouncilCulture.Date(n.BriefComposedOn)}. " +
        $"{(n.Items.Count == 1 ? "An exception you own has" : $"{n.Items.Count} exceptions you own have")} no commentary for the latest period yet: " +
        string.Join("; ", n.Items.Select(i => $"{i.Name} ({i.ValueText} in {i.Period}, {i.Rag})")) +
        ". Type 'commentary for' and the indicator to write it.";

    public static AdaptiveCard Build(Nudge n) => new(new List<CardElement>
        {
            TextBlock.Heading("Commentary wanted before the brief"),
            new TextBlock($"The {n.Committee}'s brief for {CouncilCulture.DayAndDate(n.Meeting)} is composed on {CouncilCulture.Date(n.BriefComposedOn)}. These exceptions you own have no commentary for their latest period:"),
        }
        .Concat(n.Items.Select(i => (CardElement)new TextBlock($"- {i.Name}: {i.ValueText} in {i.Period}, {i.Rag}") { Spacing = Spacing.Small }))
        .Append(TextBlock.Subtle("The chair sees your commentary in the brief, with your name."))
        .ToList())
    {
        Actions = n.Items.Take(Buttons).Select(i => (CardAction)SubmitAction.Ask($"commentary for {i.Code}", $"Write: {(i.Name.Length > 40 ? i.Name[..39] + "…" : i.Name)}")).ToList(),
    };
}
