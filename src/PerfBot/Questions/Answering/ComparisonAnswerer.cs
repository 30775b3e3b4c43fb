namespace PerfBot.Questions.Answering;

/// <summary>Answers a comparison of two indicators: each answered as a comparison of its own, side by side.</summary>
public sealed class ComparisonAnswerer(IndicatorAnswerer indicator)
{
    public ComparisonAnswer Answer(Understanding u, QuestionIndex index, Candidate first, Candidate second)
    {
        var sides = new[] { first, second }.Select(c => indicator.Answer(u with { Compared = null }, index, c.Entry.Indicator)).ToList();
        return new ComparisonAnswer(u, sides.Select(s => $"trend {s.Line.Code}").ToList(), sides);
    }
}
