namespace PerfBot.Questions.Reading;

/// <summary>
/// Picks the indicator meant from the ranked candidates: the best when it explains enough of the question and none is
/// close behind it; up to three close ones as "Did you mean…"; a code written out (as those buttons send it) outright.
/// </summary>
internal static class ChoiceStage
{
    public sealed record Result(IReadOnlyList<Candidate> Candidates, Candidate? Chosen, IReadOnlyList<Candidate> DidYouMean, IReadOnlyList<string> Notes)
    {
        /// <summary>For a subject not held, the indicator nearest it, to name in the answer.</summary>
        public Candidate? Nearest { get; init; }

        /// <summary>When the plainest name settled a tie, the indicators the question's words fitted alike.</summary>
        public IReadOnlyList<Candidate> Tied { get; init; } = [];
    }

    private static readonly char[] CodeSeparators = [' ', '\t', ',', '?', '!', '"', '(', ')', ';', ':'];

    /// <param name="concepts">What the question asks about, to tell whether a rival explains a telling word the best one leaves out.</param>
    /// <param name="asked">The period the question names, when it can be known without an indicator's data.</param>
    public static Result Read(string question, IReadOnlyList<Candidate> candidates, QuestionIndex index, ReaderConfig config, IReadOnlyList<Concept>? concepts = null,
        Indicators.Period? asked = null)
    {
        var byCode = question.Split(CodeSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => index.ByCode(w.Trim('.'))).FirstOrDefault(e => e is not null);
        if (byCode is not null)
        {
            var named = new Candidate(byCode, 1, 1, 1, 0, "code", [byCode.Indicator.Code]);
            return new Result([named, .. candidates], named, [], [$"code '{byCode.Indicator.Code}'"]);
        }
        if (candidates.Count == 0 || candidates[0].Score < config.AcceptScore) return new Result(candidates, null, [], []);
        if (asked is { } period && PeriodHeld.Choose(candidates, period, index, config) is { } holder)
            return new Result(candidates, holder, [], [$"{holder.Code} holds {period.Label} and others the words fit as well do not"]);
        if (candidates[0].QueryCoverage < config.AcceptCoverage)
            return NamedAmongOtherWords(candidates, config) is { } named
                ? new Result(candidates, named, [], [$"'{named.BestField}' is said in full and no other indicator comes near: the other words say how, not which"])
                : new Result(candidates, null, [], []);
        var top = candidates[0];
        var close = candidates.Where(c => c.Score >= top.Score - config.AmbiguityMargin && c.QueryCoverage >= config.AcceptCoverage).Take(3).ToList();
        // The question says one indicator's name or alias outright, and no other's in that order: that one is meant.
        var outright = close.Where(c => c.QueryCoverage >= 0.99 && c.FieldCoverage >= 0.99).ToList();
        if (outright.Count > 1) outright = outright.Where(c => c.Bigrams == outright.Max(o => o.Bigrams)).ToList();
        if (close.Count > 1 && outright.Count == 1)
            return new Result(candidates, outright[0], [], [$"'{outright[0].BestField}' names {outright[0].Code} outright"]);
        if (close.Count > 1)
            return PlainestName.Of(close, concepts ?? [], index, config) is { } plain
                ? new Result(candidates, plain, [], [$"'{plain.Code}' has a name adding nothing telling the question does not say; the others each add a narrower word"]) { Tied = close }
                : new Result(candidates, null, close, []);
        return Doubt(top, candidates, index, config, concepts ?? []) is { } doubt ? doubt with { Candidates = candidates } : new Result(candidates, top, [], []);
    }

    /// <summary>
    /// The question says one indicator's name or alias in full among words no name explains ("do people actually feel
    /// safer after we step in?"): that one, when it explains a fair share of the question, is not in doubt on "not",
    /// and no other indicator comes near it or is said in full too.
    /// </summary>
    private static Candidate? NamedAmongOtherWords(IReadOnlyList<Candidate> candidates, ReaderConfig config)
    {
        var top = candidates[0];
        if (top.FieldCoverage < 0.99 || top.QueryCoverage < config.NamedCoverage || top.MayMeanOpposite) return null;
        var rival = candidates.Skip(1).FirstOrDefault();
        return rival is null || (rival.Score <= top.Score - config.NamedMargin && rival.FieldCoverage < 0.99) ? top : null;
    }

    /// <summary>
    /// A figure read out for the wrong indicator is worse than a question back, so the best is offered rather than
    /// answered when it may mean the opposite of what was asked ("in education" against "not in education"), or when a
    /// rival not far behind explains a telling word of the question (one few names hold) that the best leaves out.
    /// </summary>
    private static Result? Doubt(Candidate top, IReadOnlyList<Candidate> candidates, QuestionIndex index, ReaderConfig config, IReadOnlyList<Concept> concepts)
    {
        var near = candidates.Skip(1).Where(c => c.Score >= top.Score - config.DoubtMargin && c.QueryCoverage >= config.DoubtCoverage).ToList();
        var telling = Math.Log(1 + 1 / config.TellingShare);
        var explained = top.MatchedConcepts.ToHashSet(StringComparer.Ordinal);
        if (top.MayMeanOpposite)
        {
            // "Care leavers in education, employment or training": besides differing on "not", the best leaves out a
            // telling word no indicator near it explains either. The subject is one not held; the best is only nearest.
            var unexplained = concepts.Where(k => k.Weight >= telling && !explained.Contains(k.Label) && !near.Any(c => c.MatchedConcepts.Contains(k.Label)))
                .Select(k => k.Label).ToList();
            if (unexplained.Count > 0)
                return new Result([], null, [], [$"'{top.BestField}' differs from the question on 'not' and explains none of '{string.Join(' ', unexplained)}': not held, {top.Code} nearest"]) { Nearest = top };
            return new Result([], null, [top, .. near.Take(2)], [$"'{top.BestField}' and the question differ on 'not': asked which is meant"]);
        }
        var rival = near.FirstOrDefault(c => c.MatchedConcepts.Any(m => !explained.Contains(m)
            && concepts.FirstOrDefault(k => k.Label == m) is { } concept && concept.Weight >= telling));
        return rival is null ? null
            : new Result([], null, [top, rival], [$"{rival.Code} explains words {top.Code} leaves out: asked which is meant"]);
    }
}
