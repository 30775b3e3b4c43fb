namespace PerfBot.Questions.Answering;

/// <summary>Answers a question nothing in the store fits: no figure, and what can be asked instead, with examples.</summary>
public sealed class NotHeldAnswerer
{
    public NotHeldAnswer Answer(Understanding u, QuestionIndex index) =>
        new(u with { Intent = Intent.Unknown }, HelpAnswerer.Examples(index), HelpAnswerer.Summary(index));
}
