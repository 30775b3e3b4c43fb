using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PerfBot.Telemetry;

/// <summary>What PerfBot counts and times, for operators: answers and their latency, what was delivered, what failed.</summary>
public sealed class PerfBotMetrics
{
    public const string Name = "PerfBot";

    /// <summary>Spans for PerfBot's own work (answering, composing digests and briefs), beside ASP.NET Core's and HttpClient's.</summary>
    public static readonly ActivitySource Tracing = new(Name);

    private readonly Counter<long> _answers;
    private readonly Histogram<double> _answerDuration;
    private readonly Counter<long> _delivered;
    private readonly Counter<long> _failures;

    public PerfBotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        _answers = meter.CreateCounter<long>("perfbot.answers", description: "Questions answered, by intent.");
        _answerDuration = meter.CreateHistogram<double>("perfbot.answer.duration", unit: "ms", description: "Time to understand and answer a question.");
        _delivered = meter.CreateCounter<long>("perfbot.messages.delivered", description: "Digests, alerts and briefs delivered, by kind.");
        _failures = meter.CreateCounter<long>("perfbot.failures", description: "Failures, by what failed.");
    }

    public void Answered(string intent, TimeSpan duration)
    {
        _answers.Add(1, new KeyValuePair<string, object?>("intent", intent));
        _answerDuration.Record(duration.TotalMilliseconds, new KeyValuePair<string, object?>("intent", intent));
    }

    public void Delivered(string kind) => _delivered.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void Failed(string what) => _failures.Add(1, new KeyValuePair<string, object?>("what", what));
}
