using PerfBot.Indicators;

namespace PerfBot.Questions.Reading;

/// <summary>What a question filters on: a RAG, a direction, exceptions; and whether it uses a word asking for a list.</summary>
internal sealed record Filters(Rag? Rag, Direction? Direction, bool Exceptions, bool ListWord, BenchmarkFilter? Benchmark = null)
{
    public bool Any => Rag is not null || Direction is not null || Exceptions || Benchmark is not null;
}

/// <summary>Takes out the first RAG, direction and exception words (longest phrase first) and notes any list word.</summary>
internal static class FilterStage
{
    public sealed record Result(Tokens Tokens, Filters Filters);

    public sealed record BenchmarkResult(Tokens Tokens, BenchmarkFilter? Filter, IReadOnlyList<string> Notes);

    /// <summary>
    /// "Worse than England", "better than our statistical neighbours": a comparing phrase with a benchmark a few words
    /// after it. Read before the intent cues, which would take the benchmark's name as asking for a comparison.
    /// </summary>
    public static BenchmarkResult ReadBenchmark(Tokens tokens, ReaderConfig config)
    {
        foreach (var (side, worse) in config.BenchmarkSides)
        {
            var at = tokens.Find(side.Words);
            if (at < 0) continue;
            foreach (var (name, kind) in config.BenchmarkWords)
            {
                var where = tokens.Find(name.Words);
                if (where <= at || where > at + side.Words.Length + 3) continue;
                var filter = new BenchmarkFilter(kind, worse);
                var rest = tokens.Consume(at, side.Words.Length).Consume(where, name.Words.Length);
                return new BenchmarkResult(rest, filter, [$"'{side.Text} … {name.Text}' → {filter.Describe()}"]);
            }
        }
        return new BenchmarkResult(tokens, null, []);
    }

    public static Result Read(Tokens tokens, ReaderConfig config, BenchmarkFilter? benchmark = null)
    {
        var (rag, afterRag) = First(tokens, config.RagWords);
        var (direction, afterDirection) = First(afterRag, config.DirectionWords);
        var (exception, rest) = First(afterDirection, config.ExceptionWords.Select(p => (p, true)));
        // "Exceptions - reds plus ambers that are worsening": the RAG and direction words say what an exception is, and
        // a second RAG word ("reds and ambers") is a filter word too, never a word of a name.
        if (exception == true) (rag, direction) = (null, null);
        if (rag is not null || exception == true)
            foreach (var (phrase, _) in config.RagWords)
                for (var at = rest.Find(phrase.Words); at >= 0; at = rest.Find(phrase.Words)) rest = rest.Consume(at, phrase.Words.Length);
        // Any list word counts, even one another stage took ("what" in "what is being done").
        var listWord = rest.Any(t => config.ListWords.Contains(t.Word)) || rest.Find(config.HowMany.Words) >= 0;
        return new Result(rest, new Filters(rag, direction, exception == true, listWord, benchmark));
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
