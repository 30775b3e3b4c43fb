using PerfBot.Cards;
using PerfBot.Council;

namespace PerfBot.Alerts;

/// <summary>An officer's weekly alert as a card: one block per changed indicator, each with a button to ask about it.</summary>
public static class AlertCard
{
    public static AdaptiveCard Build(OfficerAlert alert)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading("Your indicators this week"),
            TextBlock.Subtle($"As of {CouncilCulture.Date(alert.AsOf)}: {alert.Lines.Count} changed"),
        };
        body.AddRange(alert.Lines.Select(l => (CardElement)new Container(new TextBlock(AlertText.Line(l)))
        {
            Separator = true,
            SelectAction = SubmitAction.Ask(l.Question, $"Ask about {l.Name}"),
        }));
        return new AdaptiveCard(body)
        {
            Actions = [SubmitAction.Ask("my alerts", "My alerts")],
        };
    }
}
