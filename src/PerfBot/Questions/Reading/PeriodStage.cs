using PerfBot.Indicators;

namespace PerfBot.Questions.Reading;

/// <summary>
/// Takes out the one period a question asks about: a period written out (the longest span <see cref="Period.TryParse"/>
/// accepts, leftmost first), else one said in words ("last quarter"), else a quarter or month named alone.
/// </summary>
internal static class PeriodStage
{
    public sealed record Result(Tokens Tokens, PeriodAsk? Period, IReadOnlyList<string> Notes);

    public static Result Read(Tokens tokens, ReaderConfig config)
    {
        // "q2 2025/26 oct" is not a thing; one period per question.
        return Written(tokens) ?? Relative(tokens, config) ?? Named(tokens, config) ?? new Result(tokens, null, []);
    }

    private static Result? Written(Tokens tokens)
    {
        for (var length = 4; length >= 1; length--)
            for (var i = 0; i + length <= tokens.Count; i++)
            {
                var span = string.Join(' ', tokens.Skip(i).Take(length).Select(t => t.Word));
                if (length == 1 && span.All(char.IsDigit) && (span.Length != 4 || span[0] is not ('1' or '2'))) continue;
                if (!Period.TryParse(span, out var period)) continue;
                if (period.Kind == PeriodKind.CalendarYear && period.Year is < 1990 or > 2100) continue;
                return Found(tokens.Consume(i, length), new PeriodAsk(PeriodAskKind.Exact, span, period));
            }
        return null;
    }

    private static Result? Relative(Tokens tokens, ReaderConfig config)
    {
        foreach (var (phrase, kind, periodLength) in config.RelativePeriods)
        {
            var at = tokens.Find(phrase.Words);
            if (at < 0) continue;
            return Found(tokens.Consume(at, phrase.Words.Length), new PeriodAsk(kind, phrase.Text, Length: periodLength));
        }
        return null;
    }

    private static Result? Named(Tokens tokens, ReaderConfig config)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Word;
            var quarter = word.Length == 2 && word[0] == 'q' && word[1] is >= '1' and <= '4' ? word[1] - '0'
                : word == "quarter" && i + 1 < tokens.Count && tokens[i + 1].Word is "1" or "2" or "3" or "4" ? tokens[i + 1].Word[0] - '0' : 0;
            if (quarter > 0)
                return Found(tokens.Consume(i, word == "quarter" ? 2 : 1),
                    new PeriodAsk(PeriodAskKind.QuarterOfYear, word == "quarter" ? $"quarter {quarter}" : word, Length: PeriodKind.Quarter, Number: quarter));
            var month = MonthOf(word, config);
            if (month > 0) return Found(tokens.Consume(i, 1), new PeriodAsk(PeriodAskKind.MonthOfYear, word, Length: PeriodKind.Month, Number: month));
        }
        return null;
    }

    private static Result Found(Tokens rest, PeriodAsk ask) => new(rest, ask, ["period " + ask.Describe()]);

    /// <summary>A month named alone: full names, and three- or four-letter abbreviations ("may" only as part of a date).</summary>
    private static int MonthOf(string word, ReaderConfig config)
    {
        if (word == "may" || word.Length < 3) return 0;
        for (var m = 0; m < 12; m++)
            if (config.MonthWords[m] == word || (word.Length <= 4 && config.MonthWords[m].StartsWith(word, StringComparison.Ordinal) && (word.Length == 3 || word == "sept")))
                return m + 1;
        return 0;
    }
}
