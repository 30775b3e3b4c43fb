using PerfBot.Council;
using PerfBot.Questions;
using PerfBot.Store;

namespace PerfBot.Bench;

/// <summary>
/// Answer time in-process: understanding the question and reading the chosen indicator's figures from the store. The
/// first pass over a warm-up set is timed too (code not yet optimised by the JIT); the reported figure is the second
/// set, as a bot that has been answering for a while does.
/// </summary>
public static class AnswerBenchmark
{
    public sealed record Result(double IndexBuildMs, Measure.Latency FirstPass, Measure.Latency Answer, double RatioP50ToRawLookup, double RatioP99ToRawLookup);

    public static Result Run(Database store, IReadOnlyList<string> warmUp, IReadOnlyList<string> questions, Measure.Latency rawLookup)
    {
        QuestionService? service = null;
        var build = Measure.Time(() => service = new QuestionService(store, new CouncilClock(TimeProvider.System)));
        var first = Measure.Latencies(warmUp.Select(q => Measure.Time(() => service!.Ask(q))).ToList());
        var latency = Measure.Latencies(questions.Select(q => Measure.Time(() => service!.Ask(q))).ToList());
        return new Result(Math.Round(build), first, latency,
            Math.Round(latency.P50Ms / Math.Max(rawLookup.P50Ms, 1e-6), 1), Math.Round(latency.P99Ms / Math.Max(rawLookup.P99Ms, 1e-6), 1));
    }
}
