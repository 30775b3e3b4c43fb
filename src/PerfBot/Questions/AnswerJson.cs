using PerfBot.Indicators;

namespace PerfBot.Questions;

/// <summary>The JSON shape of an answer for <c>perfbot ask --json</c>: one object per question.</summary>
/// <param name="Context">What was taken from the conversation so far; empty when nothing was.</param>
public sealed record AnswerJson(string Intent, IReadOnlyList<AnswerJson.Line> Indicators, string Text, IReadOnlyList<string> Suggestions, IReadOnlyList<string> Context)
{
    public sealed record Line(string Code, string Name, string? Period, double? Value, string? Unit, double? Target, Rag? Rag, Direction? Direction);

    public static AnswerJson From(Answer answer) => new(
        answer.IntentName,
        answer.Indicators.Select(i => new Line(i.Code, i.Name, i.Period, i.Value, i.Unit, i.Target, i.Rag, i.Direction)).ToList(),
        AnswerText.Render(answer),
        answer.Suggestions,
        answer.Understanding.FromContext);
}
