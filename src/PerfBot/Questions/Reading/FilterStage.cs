using PerfBot.Indicators;

namespace PerfBot.Questions.Reading;

/// <summary>What a question filters on: a RAG, a direction, exceptions; and whether it uses a word asking for a list.</summary>
internal sealed record Filters(Rag? Rag, Direction? Direction, bool Exceptions, bool ListWord)
{
    public bool Any => Rag is not null || Direction is not null || Exceptions;
}

/// <summary>Takes out the first RAG, direction and exception words (longest phrase first) and notes any list word.</summary>
internal static class FilterStage
{
    public sealed record Result(Tokens Tokens, Filters Filters);

    public static Result Read(Tokens tokens, ReaderConfig config)
    {
        var (rag, afterRag) = First(tokens, config.RagWords);
        var (direction, afterDirection) = First(afterRag, config.DirectionWords);
        var (exception, rest) = First(afterDirection, config.ExceptionWords.Select(p => (p, true)));
        // Any list word counts, even one another stage took ("what" in "what is being done").
        var listWord = rest.Any(t => config.ListWords.Contains(t.Word)) || rest.Find(config.HowMany.Words) >= 0;
        return new Result(rest, new Filters(rag, direction, exception == true, listWord));
    }

    private static (T? Value, Tokens Remaining) First<T>(Tokens tokens, IEnumerable<(CuePhrase Phrase, T Value)> phrases) where T : struct
    {
        foreach (var (phrase, value) in phrases)
        {
            var at = tokens.Find(phrase.Words);
            if (at >= 0) return (value, tokens.Consume(at, phrase.Words.Length));
        }
        return (null, tokens);
    }
}
