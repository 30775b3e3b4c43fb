namespace PerfBot.Bench;

/// <summary>
/// Everything one `perfbot bench` run measured, on the same data. A section is null when the run was told to skip it
/// (`--only`), or, for the import, when it reused a kept store (`--store`).
/// </summary>
public sealed record BenchReport(
    int Indicators,
    int Periods,
    string Machine,
    string Engine,
    ImportBenchmark.Result? Import,
    Measure.Latency? RawLookup,
    IReadOnlyList<MultiplexingBenchmark.Result>? Multiplexing,
    AnswerBenchmark.Result? Answers,
    DigestBenchmark.Result? Digests,
    BriefBenchmark.Result? Brief,
    AccuracyBenchmark.Result? Accuracy,
    EndToEndBenchmark.Result? EndToEnd,
    EndToEndBenchmark.Result? EndToEndTwoInstances,
    double PeakRssMb,
    PreviewBenchmark.Result? Preview = null,
    ContextStoreBenchmark.Result? Contexts = null);
