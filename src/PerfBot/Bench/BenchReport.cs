namespace PerfBot.Bench;

/// <summary>Everything one `perfbot bench` run measured, on the same data.</summary>
public sealed record BenchReport(
    int Indicators,
    int Periods,
    string Machine,
    ImportBenchmark.Result Import,
    Measure.Latency RawLookup,
    EndToEndBenchmark.Result EndToEnd,
    double PeakRssMb);
