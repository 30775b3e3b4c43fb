using System.Text.Json.Nodes;
using PerfBot.Cards;
using PerfBot.Council;
using PerfBot.Indicators;

namespace PerfBot.Commentary;

/// <summary>The form an owner or data officer fills in Teams: the latest period's commentary and actions, pre-filled; Save replaces the form.</summary>
public static class CommentaryCard
{
    public const string DataKey = "perfbot", DataValue = "commentary", IndicatorKey = "indicator", PeriodKey = "period", BasisKey = "basis";
    public const string CommentaryInput = "commentary", ActionsInput = "actions";
    public const int MaxLength = 4000;

    public static AdaptiveCard Form(Indicator indicator, Measurement m, string basis, string? notice = null)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading($"Commentary: {indicator.Name}"),
            TextBlock.Subtle($"{m.Period.Label}: {Figures.Value(m.Value, indicator.Unit)}{(m.ReportedRag is { } rag ? $", {rag}" : "")}{(m.Source is { } s ? $". Source: {s}" : "")}"),
        };
        if (notice is not null) body.Add(new TextBlock(notice) { Color = TextColor.Warning });
        if (m.CommentaryBy is { } by) body.Add(TextBlock.Subtle(by.Describe()));
        body.Add(new InputText(CommentaryInput) { Label = "Why the figure is what it is", Value = m.Commentary, IsMultiline = true, MaxLength = MaxLength });
        body.Add(new InputText(ActionsInput) { Label = "What is being done", Value = m.Actions, IsMultiline = true, MaxLength = MaxLength });
        body.Add(TextBlock.Subtle("Members see this in answers, digests and briefs, with your name and today's date."));
        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction("Save") { Verb = "saveCommentary", Style = "positive", Data = new JsonObject
                {
                    [DataKey] = DataValue, [IndicatorKey] = indicator.Code, [PeriodKey] = m.Period.Label, [BasisKey] = basis,
                } },
            ],
        };
    }

    public static AdaptiveCard Saved(Indicator indicator, string period, string? commentary, string? actions, CommentaryAuthor author) => new(
        TextBlock.Heading($"Saved: {indicator.Name}, {period}"),
        TextBlock.Subtle(author.Describe()),
        new TextBlock(commentary ?? "No commentary.") { IsSubtle = commentary is null },
        new TextBlock($"Actions: {actions ?? "none"}") { IsSubtle = actions is null });

    public static string When(DateTimeOffset at) => CouncilCulture.ShortDate(CouncilClock.DateOf(at));
}
