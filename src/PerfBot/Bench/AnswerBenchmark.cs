using PerfBot.Council;
using PerfBot.Indicators;
using PerfBot.Questions;
using PerfBot.Questions.Conversing;
using PerfBot.Store;

namespace PerfBot.Bench;

/// <summary>
/// Answer time in-process: understanding the question and reading the chosen indicator's figures from the store. The
/// first pass over a warm-up set is timed too (code not yet optimised by the JIT); the reported figure is the second
/// set, as a bot that has been answering for a while does. Follow-ups are timed with the context of the question
/// before them ("why?", "and last year?" after a question about an indicator), as a chat asks them. The answer's two
/// halves are timed apart as well: reading the question alone, and the store read of the indicator it chose alone.
/// </summary>
public static class AnswerBenchmark
{
    /// <summary>What members say after an answer; each leaves its indicator to the context.</summary>
    public static readonly string[] FollowUps = ["why?", "and last year?", "what's the target?", "show me the trend", "how does that compare with England?", "what are they doing about it?", "what about Q1?"];

    /// <param name="WithContext">Follow-ups answered with the context of the question before them.</param>
    /// <param name="FollowUpsResolved">Follow-ups that found their indicator in the context (the rest asked what they were about).</param>
    /// <param name="IndexRefreshMs">The index built again as after an import that changed figures only: the store read again, the words kept.</param>
    /// <param name="Reading">Understanding the question alone (no store read).</param>
    /// <param name="StoreRead">The store read an answer about one indicator makes (history, benchmarks, provenance), alone.</param>
    /// <param name="DuringAnswers">What the garbage collector did while the timed answers ran: how far its pauses make the tail.</param>
    public sealed record Result(double IndexBuildMs, double IndexRefreshMs, Measure.Latency FirstPass, Measure.Latency Answer, double RatioP50ToRawLookup, double RatioP99ToRawLookup,
        Measure.Latency WithContext, double FollowUpsResolved, Measure.Latency Reading, Measure.Latency StoreRead, GcActivity DuringAnswers);

    public static Result Run(Database store, IReadOnlyList<string> warmUp, IReadOnlyList<string> questions, Measure.Latency rawLookup)
    {
        QuestionService? service = null;
        var clock = new CouncilClock(TimeProvider.System);
        var build = Measure.Time(() => service = new QuestionService(store, clock));
        var refresh = Measure.Time(() => _ = new QuestionIndex(QuestionCatalogue.Load(store, new IndicatorRepository(store), clock.Today), clock.Today, previous: service!.Index));
        var first = Measure.Latencies(warmUp.Select(q => Measure.Time(() => service!.Ask(q))).ToList());
        var (timed, collections) = GcActivity.Watch(questions, q => service!.Ask(q));
        var latency = Measure.Latencies(timed);
        // Each question's context made beforehand, so only the follow-up's own answer is timed.
        var contexts = questions.Select(q => ConversationContext.After(service!.Ask(q), null, clock.UtcNow)).ToList();
        var resolved = 0;
        var withContext = Measure.Latencies(questions.Select((_, i) =>
        {
            Answer? answer = null;
            var ms = Measure.Time(() => answer = service!.Ask(FollowUps[i % FollowUps.Length], contexts[i]));
            if (answer!.Understanding.FromContext.Count > 0 && answer.Indicators.Count > 0) resolved++;
            return ms;
        }).ToList());
        var (reading, storeRead) = Halves(store, service!, questions);
        return new Result(Math.Round(build), Math.Round(refresh), first, latency,
            Math.Round(latency.P50Ms / Math.Max(rawLookup.P50Ms, 1e-6), 1), Math.Round(latency.P99Ms / Math.Max(rawLookup.P99Ms, 1e-6), 1),
            withContext, Math.Round((double)resolved / Math.Max(1, questions.Count), 4), reading, storeRead, collections);
    }

    /// <summary>Where an answer's time goes: the reader alone over every question, then the store read alone for each one it chose an indicator for.</summary>
    private static (Measure.Latency Reading, Measure.Latency StoreRead) Halves(Database store, QuestionService service, IReadOnlyList<string> questions)
    {
        var chosen = new List<(long Id, DateOnly? After)>();
        var reading = Measure.Latencies(questions.Select(q =>
        {
            Understanding? u = null;
            var ms = Measure.Time(() => u = service.Understand(q));
            if (u!.Chosen is { } c && service.Index.ByCode(c.Code)?.Latest?.LatestPeriod is { } latest)
                chosen.Add((c.Entry.Indicator.Id, HistoryWindow.After(latest, u.Period?.Known())));
            return ms;
        }).ToList());
        var indicators = new IndicatorRepository(store);
        var storeRead = Measure.Latencies(chosen.Count == 0 ? [0] : chosen.Select(c => Measure.Time(() => indicators.HistoryAndBenchmarks(c.Id, c.After))).ToList());
        return (reading, storeRead);
    }
}
