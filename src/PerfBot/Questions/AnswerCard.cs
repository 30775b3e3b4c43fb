using PerfBot.Cards;
using PerfBot.Charts;
using PerfBot.Conversations;
using PerfBot.Indicators;

namespace PerfBot.Questions;

/// <summary>
/// An answer as an Adaptive Card for a phone screen: the figure with its period first, context (target, RAG, direction,
/// last year, benchmarks, data age) as facts, commentary and actions folded away, and buttons for the next question.
/// </summary>
public static class AnswerCard
{
    private const int MaxButtons = 4;

    /// <param name="chart">The image URL (https, or a data URI) of an indicator's trend chart; null leaves the chart out.</param>
    public static AdaptiveCard Build(Answer answer, Func<IndicatorDetail, ChartData, string>? chart = null)
    {
        var text = AnswerText.Render(answer);
        IEnumerable<CardElement> body = answer switch
        {
            IndicatorAnswer one => Indicator(one.Detail, chart),
            ComparisonAnswer two => two.Sides.SelectMany(side => Indicator(side.Detail, chart).Take(3)).Append(new TextBlock(text.Split("\n\n", 2)[^1]) { IsSubtle = true, Spacing = Spacing.Medium }),
            ListAnswer { Groups.Count: > 0 } list => List(list, text),
            DidYouMeanAnswer choices => DidYouMean(choices),
            // An empty list, next meeting, help, not held: the text says it all.
            _ => [new TextBlock(text)],
        };
        var actions = answer is DidYouMeanAnswer didYouMean
            ? didYouMean.Choices.Take(3).Select(c => (CardAction)SubmitAction.Ask(c.Question, Shorten(c.Name, 60))).ToList()
            : Suggestions(answer).Take(MaxButtons).Select(s => (CardAction)SubmitAction.Ask(s.Text, s.Title)).ToList();
        return new AdaptiveCard(body.ToList()) { Actions = actions.Count > 0 ? actions : null, FallbackText = text };
    }

    private static IEnumerable<CardElement> Indicator(IndicatorDetail d, Func<IndicatorDetail, ChartData, string>? chart)
    {
        var status = d.Status;
        var unit = d.Indicator.Unit;
        yield return TextBlock.Heading(d.Indicator.Name);
        if (status.Measurement is { } m)
        {
            yield return new TextBlock($"{Figures.Value(m.Value, unit)} in {m.Period.Label}") { Size = TextSize.Large, Weight = TextWeight.Bolder, Color = RagColour(status.Rag) };
            if (m.ValueCorrection is { } correction)
                yield return new TextBlock(AnswerText.Capitalise(correction.DescribeInFull(unit))) { Color = TextColor.Warning, Size = TextSize.Small, Spacing = Spacing.None };
            var facts = new List<Fact>();
            if (m.Target is { } target) facts.Add(new Fact("Target", Figures.Value(target, unit)));
            if (status.Rag is { } rag)
                facts.Add(new Fact("RAG", status.RagDisagrees ? $"{rag} (as reported; the rules give {status.ComputedRag})" : m.ReportedRag is null ? $"{rag} (computed)" : rag.ToString()));
            if (status.Direction is { } direction)
                facts.Add(new Fact("Direction", status.DirectionDisagrees ? $"{direction} (as reported; the figures say {status.ComputedDirection})" : direction.ToString()));
            if (status.Previous is { Value: not null } previous) facts.Add(new Fact("Previous", $"{Figures.Value(previous.Value, unit)} ({previous.Period.Label})"));
            if (status.LastYear is { Value: not null } lastYear) facts.Add(new Fact("Last year", $"{Figures.Value(lastYear.Value, unit)} ({lastYear.Period.Label})"));
            foreach (var b in d.Benchmarks) facts.Add(new Fact(b.KindLabel, $"{Figures.Value(b.Value, unit)} ({b.Period.Label})"));
            facts.Add(new Fact("Data", d.DataAge));
            yield return new FactSet(facts);
        }
        else
        {
            yield return new TextBlock(d.AskedPeriod is { } asked ? $"No figure is held for {asked.Label}." : "No figure is held for this indicator.") { Color = TextColor.Warning };
        }
        if (d.IsStale) yield return new TextBlock("This data is overdue: it is not current.") { Color = TextColor.Warning, Weight = TextWeight.Bolder };
        if (d.Chart is { } data && chart is not null)
            yield return new Image(chart(d, data)) { AltText = $"Trend of {d.Indicator.Name}", Size = ImageSize.Stretch };
        var byline = d.Status.Measurement?.CommentaryBy?.Describe();
        foreach (var element in Folded("commentary", "Commentary", d.Commentary, byline)) yield return element;
        foreach (var element in Folded("actions", "What is being done", d.Actions, d.Commentary is null ? byline : null)) yield return element;
        if (d.Source is not null) yield return TextBlock.Subtle($"Source: {d.Source}");
    }

    /// <summary>Long narrative behind a toggle: on a phone the figure matters first.</summary>
    /// <param name="byline">"Commentary by … on …" when an owner or data officer wrote it in Teams.</param>
    private static IEnumerable<CardElement> Folded(string id, string title, string? text, string? byline = null)
    {
        if (string.IsNullOrWhiteSpace(text)) yield break;
        yield return new ActionSet(new ToggleVisibilityAction($"{title} ▾", [id])) { Spacing = Spacing.Small };
        var paragraphs = text.Split("\n\n").Select(p => (CardElement)new TextBlock(p)).ToList();
        if (byline is not null) paragraphs.Add(TextBlock.Subtle(byline));
        yield return new Container(paragraphs) { Id = id, IsVisible = false };
    }


    /// <summary>The text's first line (what matched, how many) over the matches, each opening its own answer.</summary>
    private static IEnumerable<CardElement> List(ListAnswer answer, string text)
    {
        yield return new TextBlock(text.Split('\n')[0]) { Weight = TextWeight.Bolder };
        foreach (var group in answer.Groups)
        {
            yield return new TextBlock(group.ServiceArea) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true };
            foreach (var line in group.Lines)
            {
                var figure = line.Period is null ? "no figure" : $"{Figures.Value(line.Value, line.Unit)} ({line.Period})";
                var status = string.Join(", ", new[] { line.Rag?.ToString(), line.Direction?.ToString() }.Where(s => s is not null));
                var overdue = line.IsStale ? " — overdue" : "";
                yield return new Container(
                    new TextBlock(line.Name) { Spacing = Spacing.None },
                    new TextBlock($"{figure} {status}{overdue}") { IsSubtle = true, Color = RagColour(line.Rag), Spacing = Spacing.None })
                {
                    SelectAction = SubmitAction.Ask($"how is {line.Code}"),
                    Spacing = Spacing.Small,
                };
            }
        }
    }

    private static IEnumerable<CardElement> DidYouMean(DidYouMeanAnswer answer)
    {
        yield return new TextBlock("Did you mean…") { Weight = TextWeight.Bolder };
        foreach (var choice in answer.Choices.Take(3)) yield return new TextBlock("• " + choice.Name);
    }

    /// <summary>
    /// The answer's suggestions with titles short enough for a phone: "Why?", "Trend", "vs England" about the one
    /// indicator shown; "Why? Foster carers" where several are. The text sent names the indicator by code, so a button
    /// pressed by anyone, in any conversation, asks the same thing.
    /// </summary>
    public static IReadOnlyList<ChatSuggestion> Suggestions(Answer answer) =>
        answer.Suggestions.Select(s => new ChatSuggestion(ButtonTitle(s, answer), s)).ToList();

    private static string ButtonTitle(string suggestion, Answer answer)
    {
        var lines = answer.Indicators.DistinctBy(l => l.Code).ToList();
        foreach (var line in lines)
        {
            if (!suggestion.EndsWith(" " + line.Code, StringComparison.Ordinal)) continue;
            var word = suggestion[..^(line.Code.Length + 1)];
            var title = word switch
            {
                "why" => "Why?",
                "compare" when answer is IndicatorAnswer { Detail.Benchmarks: var b } && b.Any(x => x.Kind == BenchmarkKind.England) => "vs England",
                "compare" => "vs last year",
                _ => AnswerText.Capitalise(word),
            };
            return lines.Count == 1 ? title : $"{title} {Shorten(line.ShortName, 18)}";
        }
        return Shorten(AnswerText.Capitalise(suggestion), 24);
    }


    /// <summary>The chart drawn now and carried inside the card.</summary>
    public static Func<IndicatorDetail, ChartData, string> InlineChart(ChartCache charts) =>
        (_, data) => "data:image/png;base64," + Convert.ToBase64String(charts.Render(data));

    private static TextColor? RagColour(Rag? rag) => rag switch
    {
        Rag.Red => TextColor.Attention,
        Rag.Amber => TextColor.Warning,
        Rag.Green => TextColor.Good,
        _ => null,
    };

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";
}
