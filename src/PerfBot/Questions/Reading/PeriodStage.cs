using PerfBot.Indicators;

namespace PerfBot.Questions.Reading;

/// <summary>
/// Takes out the one period a question asks about: a period written out (the longest span <see cref="Period.TryParse"/>
/// accepts, leftmost first), else one said in words ("last quarter"), else a quarter or month named alone.
/// </summary>
internal static class PeriodStage
{
    public sealed record Result(Tokens Tokens, PeriodAsk? Period, IReadOnlyList<string> Notes);

    /// <param name="today">The council's today: "Q2 this year" is the quarter of the financial year running now.</param>
    public static Result Read(Tokens tokens, ReaderConfig config, DateOnly? today = null)
    {
        // "q2 2025/26 oct" is not a thing; one period per question.
        var first = Day(tokens, config) ?? MonthRange(tokens, config) ?? Written(tokens) ?? Relative(tokens, config) ?? Named(tokens, config, today);
        if (first is null) return new Result(tokens, null, []);
        // "Oct-20 v Oct-19", "oct 2020 compared with the year before": the second period is what the first is set beside,
        // which a comparison shows anyway; taken out so its words are not read as an indicator's.
        if ((Written(first.Tokens) ?? Relative(first.Tokens, config)) is { Period: { } second } other)
            return new Result(other.Tokens, first.Period, [.. first.Notes, $"also '{second.Written}': the period it is set beside"]);
        return first;
    }

    /// <summary>A day: "14 march 2022", "21st jan" ("oct 20" is October 2020, never a day); a day with no year is kept in year 1 (see <see cref="PeriodAsk.DayWithoutYear"/>).</summary>
    private static Result? Day(Tokens tokens, ReaderConfig config)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            int day, month, at = i, length = 2;
            if (DayOf(tokens[i].Word) is { } d && MonthOf(tokens[i + 1].Word, config, allowMay: true) is > 0 and var m) (day, month) = (d, m);
            else continue;
            var year = 1;
            if (i + 2 < tokens.Count && tokens[i + 2].Word is { Length: 4 } y && int.TryParse(y, out var written) && written is > 1990 and < 2100)
            {
                year = written;
                length = 3;
            }
            if (day > DateTime.DaysInMonth(year == 1 ? 2024 : year, month)) continue;
            var date = new DateOnly(year, month, day);
            var span = string.Join(' ', tokens.Skip(at).Take(length).Select(t => t.Word));
            return Found(tokens.Consume(at, length), new PeriodAsk(PeriodAskKind.Day, span, year == 1 ? null : Period.Month(year, month), PeriodKind.Month, month, date));
        }
        return null;
    }

    /// <summary>"Jul-Sep 2025", "july to september 2025": three months that make a quarter of the financial year.</summary>
    private static Result? MonthRange(Tokens tokens, ReaderConfig config)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            var from = MonthOf(tokens[i].Word, config, allowMay: true);
            if (from == 0) continue;
            var toAt = tokens[i + 1].Word is "to" or "and" or "until" or "till" ? i + 2 : i + 1;
            if (toAt + 1 >= tokens.Count) continue;
            var to = MonthOf(tokens[toAt].Word, config, allowMay: true);
            if (to == 0 || !int.TryParse(tokens[toAt + 1].Word, out var year) || year is < 1990 or > 2100) continue;
            var quarter = Period.Containing(PeriodKind.Quarter, new DateOnly(year, to, 1));
            if (quarter.Start != new DateOnly(to >= from ? year : year - 1, from, 1)) continue;
            var length = toAt + 2 - i;
            var written = string.Join(' ', tokens.Skip(i).Take(length).Select(t => t.Word));
            return Found(tokens.Consume(i, length), new PeriodAsk(PeriodAskKind.Exact, written, quarter));
        }
        return null;
    }

    private static int? DayOf(string word)
    {
        var digits = word.EndsWith("st", StringComparison.Ordinal) || word.EndsWith("nd", StringComparison.Ordinal) || word.EndsWith("rd", StringComparison.Ordinal) || word.EndsWith("th", StringComparison.Ordinal)
            ? word[..^2] : word;
        return digits.Length is 1 or 2 && digits.All(char.IsDigit) && int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31 and var day ? day : null;
    }

    private static Result? Written(Tokens tokens)
    {
        for (var length = 4; length >= 1; length--)
            for (var i = 0; i + length <= tokens.Count; i++)
            {
                // Every period written out holds a figure (Period.TryParse looks for one first): words without one are passed over unjoined.
                if (AnyConsumed(tokens, i, length) || !AnyFigure(tokens, i, length)) continue;
                var span = Joined(tokens, i, length);
                if (length == 1 && span.All(char.IsDigit) && (span.Length != 4 || span[0] is not ('1' or '2'))) continue;
                if (!Period.TryParse(span, out var period)) continue;
                if (period.Kind == PeriodKind.CalendarYear && period.Year is < 1990 or > 2100) continue;
                return Found(tokens.Consume(i, length), new PeriodAsk(PeriodAskKind.Exact, span, period));
            }
        return null;
    }

    // Every run of up to four words of every question is tried as a period: looked at in place, and one word is its own text.
    private static bool AnyConsumed(Tokens tokens, int at, int length)
    {
        for (var i = at; i < at + length; i++)
            if (tokens[i].Consumed) return true;
        return false;
    }

    private static bool AnyFigure(Tokens tokens, int at, int length)
    {
        for (var i = at; i < at + length; i++)
            if (tokens[i].Word.AsSpan().IndexOfAnyInRange('0', '9') >= 0) return true;
        return false;
    }

    private static string Joined(Tokens tokens, int at, int length)
    {
        if (length == 1) return tokens[at].Word;
        var words = new string[length];
        for (var i = 0; i < length; i++) words[i] = tokens[at + i].Word;
        return string.Join(' ', words);
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

    private static readonly string[][] ThisYear = [["this", "financial", "year"], ["this", "year"], ["this", "years"], ["this", "yr"]];

    private static Result? Named(Tokens tokens, ReaderConfig config, DateOnly? today)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Word;
            var quarter = word.Length == 2 && word[0] == 'q' && word[1] is >= '1' and <= '4' ? word[1] - '0'
                : word == "quarter" && i + 1 < tokens.Count && tokens[i + 1].Word is "1" or "2" or "3" or "4" ? tokens[i + 1].Word[0] - '0' : 0;
            if (quarter > 0 && today is { } now && ThisYear.Select(t => (Words: t, At: tokens.Find(t))).FirstOrDefault(t => t.At >= 0) is { Words: not null } thisYear)
            {
                var year = Period.Containing(PeriodKind.FinancialYear, now);
                var exact = Period.Quarter(year.Year, quarter);
                return Found(tokens.Consume(i, word == "quarter" ? 2 : 1).Consume(thisYear.At, thisYear.Words.Length),
                    new PeriodAsk(PeriodAskKind.Exact, $"{word} this year", exact));
            }
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
    private static int MonthOf(string word, ReaderConfig config, bool allowMay = false)
    {
        if ((word == "may" && !allowMay) || word.Length < 3) return 0;
        for (var m = 0; m < 12; m++)
            if (config.MonthWords[m] == word || (word.Length <= 4 && config.MonthWords[m].StartsWith(word, StringComparison.Ordinal) && (word.Length == 3 || word == "sept")))
                return m + 1;
        return 0;
    }
}
