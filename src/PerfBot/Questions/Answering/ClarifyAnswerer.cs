namespace PerfBot.Questions.Answering;

/// <summary>Answers a follow-up with nothing to follow: asks what it is about, with examples from the store, rather than guess.</summary>
public sealed class ClarifyAnswerer
{
    public ClarifyAnswer Answer(Understanding u, QuestionIndex index) => new(u, HelpAnswerer.Examples(index).Take(3).ToList());
}
