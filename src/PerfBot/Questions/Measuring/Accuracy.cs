using System.Globalization;
using System.Text;

namespace PerfBot.Questions.Measuring;

/// <summary>
/// What a method returned for a question: its intent (null when it has none), the indicators named in order, the period
/// of the first, the text shown, whether it answered (a "Did you mean…" does not), and the indicators it gave a figure for.
/// </summary>
public sealed record Prediction(string? Intent, IReadOnlyList<string> Codes, string? Period, string Text = "", bool Answered = true,
    IReadOnlyList<(string Code, string? Period)>? Figures = null)
{
    public static Prediction From(Answer answer) => new(
        answer.IntentName,
        answer.Indicators.Select(i => i.Code).ToList(),
        // A list says its period even when nothing is on it.
        answer is ListAnswer { At: { } at } ? at.Label : answer.Indicators.FirstOrDefault()?.Period,
        AnswerText.Render(answer),
        answer is not DidYouMeanAnswer,
        answer.Indicators.Where(i => i.Value is not null).Select(i => (i.Code, i.Period)).ToList());
}

public sealed record Outcome(SetQuestion Expected, Prediction Predicted, bool IntentRight, bool IndicatorRight, bool PeriodRight, bool MentionRight, bool WrongFigure)
{
    public bool Right => IntentRight && IndicatorRight && PeriodRight && MentionRight;

    public override string ToString() =>
        $"line {Expected.Line}: \"{Expected.Question}\" expected {Expected.Intent} [{string.Join(",", Expected.Codes)}] {Expected.Period}{(Expected.Mention is { } m ? $" '{m}'" : "")}; " +
        $"got {Predicted.Intent}{(Predicted.Answered ? "" : " (did you mean)")} [{string.Join(",", Predicted.Codes.Take(4))}{(Predicted.Codes.Count > 4 ? ",…" : "")}] {Predicted.Period}" +
        $"{(MentionRight ? "" : " without the mention")}{(WrongFigure ? " — A FIGURE NOT ASKED FOR" : "")}";
}

/// <summary>How often a method answered a set right: intent, indicator(s), period and mention all as expected.</summary>
public sealed record AccuracyReport(string Method, IReadOnlyList<Outcome> Outcomes, int Conversations = 0, int ConversationsRight = 0)
{
    public int Total => Outcomes.Count;
    public int Right => Outcomes.Count(o => o.Right);
    public double Top1 => Total == 0 ? 0 : (double)Right / Total;
    public double IndicatorTop1 => Total == 0 ? 0 : (double)Outcomes.Count(o => o.IndicatorRight) / Total;
    public double IntentAccuracy => Total == 0 ? 0 : (double)Outcomes.Count(o => o.IntentRight) / Total;

    /// <summary>Answers showing a figure for an indicator or a period the question did not ask about.</summary>
    public int WrongFigures => Outcomes.Count(o => o.WrongFigure);

    public string Summary()
    {
        var whole = Conversations > 0 ? $"; whole conversations right {ConversationsRight}/{Conversations}" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Method}: top-1 {Top1:P1} ({Right}/{Total}); indicator {IndicatorTop1:P1}; intent {IntentAccuracy:P1}; figures not asked for {WrongFigures}{whole}");
    }

    public string Failures()
    {
        var text = new StringBuilder();
        foreach (var outcome in Outcomes.Where(o => !o.Right || o.WrongFigure)) text.AppendLine("  " + outcome);
        return text.ToString();
    }
}

public static class Accuracy
{
    /// <summary>
    /// Scores a method on a set. The indicator is right when: nothing expected and nothing named; for a list, a topic or
    /// two indicators compared, exactly the expected set named; otherwise an answer (not "Did you mean…") about the
    /// expected indicator first. A method without intents (the FTS5 baseline) is scored on indicators alone.
    /// </summary>
    public static AccuracyReport Measure(string method, IEnumerable<SetQuestion> questions, Func<string, Prediction> predict) =>
        new(method, questions.Select(q => Score(q, predict(q.Question))).ToList());

    /// <summary>Scores conversations: each one's questions are asked in order by <paramref name="converse"/>, which keeps what they were about.</summary>
    public static AccuracyReport MeasureConversations(string method, IReadOnlyList<IReadOnlyList<SetQuestion>> conversations,
        Func<IReadOnlyList<string>, IReadOnlyList<Prediction>> converse)
    {
        var outcomes = new List<Outcome>();
        var whole = 0;
        foreach (var conversation in conversations)
        {
            var predictions = converse(conversation.Select(q => q.Question).ToList());
            var scored = conversation.Select((q, i) => Score(q, predictions[i])).ToList();
            if (scored.All(o => o.Right && !o.WrongFigure)) whole++;
            outcomes.AddRange(scored);
        }
        return new AccuracyReport(method, outcomes, conversations.Count, whole);
    }

    /// <summary>PerfBot's understanding and answers, as the ask verb gives them.</summary>
    public static AccuracyReport Measure(QuestionService service, IEnumerable<SetQuestion> questions) =>
        Measure("PerfBot", questions, q => Prediction.From(service.Ask(q)));

    /// <summary>PerfBot on conversations: each one's questions asked in turn, the context carried between them.</summary>
    public static AccuracyReport MeasureConversations(QuestionService service, IReadOnlyList<IReadOnlyList<SetQuestion>> conversations, DateTimeOffset now) =>
        MeasureConversations("PerfBot", conversations, turns => service.Converse(turns, now).Select(Prediction.From).ToList());

    private static Outcome Score(SetQuestion q, Prediction p)
    {
        var expected = q.Codes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var intentRight = p.Intent is null || string.Equals(p.Intent, q.Intent, StringComparison.OrdinalIgnoreCase);
        var indicatorRight = q.Codes.Count == 0 ? p.Codes.Count == 0
            : q.IsList && p.Intent is not null ? p.Codes.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(expected)
            : p.Answered && p.Codes.Count > 0 && string.Equals(p.Codes[0], q.Codes[0], StringComparison.OrdinalIgnoreCase);
        var periodRight = q.Period is null || p.Intent is null || string.Equals(p.Period, q.Period, StringComparison.OrdinalIgnoreCase);
        var mentionRight = q.Mentions.All(m => p.Text.Contains(m, StringComparison.OrdinalIgnoreCase));
        // A figure for an indicator not asked about, or for the one asked about at a period other than the one asked for.
        var wrongFigure = (p.Figures ?? []).Any(f => !expected.Contains(f.Code)
            || (q.Period is not null && !q.IsList && !string.Equals(f.Period, q.Period, StringComparison.OrdinalIgnoreCase)));
        return new Outcome(q, p, intentRight, indicatorRight, periodRight, mentionRight, wrongFigure);
    }

    /// <summary>
    /// The plain baseline on the questions it can be compared on (about one indicator, or about nothing held): SQLite FTS5
    /// with the porter tokenizer over indicator names, every word of the question OR-ed, the best bm25 match taken.
    /// </summary>
    public static AccuracyReport MeasureBaseline(IReadOnlyList<Indicators.Indicator> indicators, IEnumerable<SetQuestion> questions)
    {
        using var baseline = new Fts5Baseline(indicators);
        return Measure("FTS5 bm25 baseline", questions.Where(q => !q.IsList), q => new Prediction(null, baseline.Find(q) is { } code ? [code] : [], null));
    }
}
