namespace PerfBot.Questions.Answering;

/// <summary>
/// Answers a question that fits a few indicators about equally: each is offered as a button that asks the same
/// question again by the indicator's code (which names it outright) and the period asked for.
/// </summary>
public sealed class DidYouMeanAnswerer
{
    public DidYouMeanAnswer Answer(Understanding u)
    {
        var word = u.Intent switch
        {
            Intent.Trend => "trend ",
            Intent.Why => "why ",
            Intent.Actions => "actions ",
            Intent.Compare => "compare ",
            Intent.Target => "target ",
            Intent.Owner => "owner ",
            _ => "",
        };
        var period = u.Period is { Kind: PeriodAskKind.Exact, Exact: { } p } ? " " + p.Label : "";
        var choices = u.DidYouMean.Select(c => new Choice(c.Code, c.Entry.Indicator.Name, $"{word}{c.Code}{period}")).ToList();
        return new DidYouMeanAnswer(u, choices, u.DidYouMean.Select(c => IndicatorLine.Choice(c.Entry.Indicator)).ToList());
    }
}
