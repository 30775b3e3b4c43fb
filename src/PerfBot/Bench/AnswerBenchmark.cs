using PerfBot.Questions;
using PerfBot.Store;

namespace PerfBot.Bench;

/// <summary>Answer time in-process: understanding the question and reading the chosen indicator's figures from the store.</summary>
public static class AnswerBenchmark
{
    public sealed record Result(double IndexBuildMs, Measure.Latency Answer, double RatioP99ToRawLookup);

    public static Result Run(Database store, IReadOnlyList<string> questions, Measure.Latency rawLookup)
    {
        QuestionService? service = null;
        var build = Measure.Time(() => service = new QuestionService(store, TimeProvider.System));
        foreach (var question in questions.Take(200)) service!.Ask(question); // JIT and caches warm before timing
        var times = questions.Select(q => Measure.Time(() => service!.Ask(q))).ToList();
        var latency = Measure.Latencies(times);
        return new Result(Math.Round(build), latency, Math.Round(latency.P99Ms / Math.Max(rawLookup.P99Ms, 1e-6), 1));
    }
}
