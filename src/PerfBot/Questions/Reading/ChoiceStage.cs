namespace PerfBot.Questions.Reading;

/// <summary>
/// Picks the indicator meant from the ranked candidates: the best when it explains enough of the question and none is
/// close behind it; up to three close ones as "Did you mean…"; a code written out (as those buttons send it) outright.
/// </summary>
internal static class ChoiceStage
{
    public sealed record Result(IReadOnlyList<Candidate> Candidates, Candidate? Chosen, IReadOnlyList<Candidate> DidYouMean, IReadOnlyList<string> Notes);

    private static readonly char[] CodeSeparators = [' ', '\t', ',', '?', '!', '"', '(', ')', ';', ':'];

    public static Result Read(string question, IReadOnlyList<Candidate> candidates, QuestionIndex index, ReaderConfig config)
    {
        var byCode = question.Split(CodeSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => index.ByCode(w.Trim('.'))).FirstOrDefault(e => e is not null);
        if (byCode is not null)
        {
            var named = new Candidate(byCode, 1, 1, 1, 0, "code", [byCode.Indicator.Code]);
            return new Result([named, .. candidates], named, [], [$"code '{byCode.Indicator.Code}'"]);
        }
        if (candidates.Count == 0 || candidates[0].Score < config.AcceptScore || candidates[0].QueryCoverage < config.AcceptCoverage)
            return new Result(candidates, null, [], []);
        var top = candidates[0];
        var close = candidates.Where(c => c.Score >= top.Score - config.AmbiguityMargin && c.QueryCoverage >= config.AcceptCoverage).Take(3).ToList();
        // The question says one indicator's name or alias outright, and no other's in that order: that one is meant.
        var outright = close.Where(c => c.QueryCoverage >= 0.99 && c.FieldCoverage >= 0.99).ToList();
        if (outright.Count > 1) outright = outright.Where(c => c.Bigrams == outright.Max(o => o.Bigrams)).ToList();
        if (close.Count > 1 && outright.Count == 1)
            return new Result(candidates, outright[0], [], [$"'{outright[0].BestField}' names {outright[0].Code} outright"]);
        return close.Count > 1 ? new Result(candidates, null, close, []) : new Result(candidates, top, [], []);
    }
}
