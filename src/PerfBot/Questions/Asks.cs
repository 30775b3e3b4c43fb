using PerfBot.Indicators;

namespace PerfBot.Questions;

/// <summary>Which meeting a question means, relative to today or to the meeting just talked about.</summary>
public enum MeetingWhen { Next, Last, On, Within, After, Before, That }

/// <summary>
/// The meeting a committee question is about, as read: when, a day or a period named, and the words it is about
/// ("the budget meeting"). The answerer finds it among the committee's meetings.
/// </summary>
/// <param name="Anchor">For After, Before and That: the meeting they are relative to, when one was named or talked about.</param>
public sealed record MeetingAsk(MeetingWhen When, DateOnly? Day = null, Period? Within = null, DateOnly? Anchor = null)
{
    public string Describe() => When switch
    {
        MeetingWhen.On => $"the meeting on {Day:yyyy-MM-dd}",
        MeetingWhen.Within => $"meetings in {Within?.Label}",
        MeetingWhen.After => $"the meeting after {(Anchor is { } a ? a.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "today")}",
        MeetingWhen.Before => $"the meeting before {(Anchor is { } b ? b.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "today")}",
        MeetingWhen.That => $"the meeting of {Anchor:yyyy-MM-dd}",
        MeetingWhen.Last => "the last meeting",
        _ => "the next meeting",
    };
}

/// <summary>What a question asks of a committee itself.</summary>
public enum CommitteeRole { Overview, Chair, ViceChair, Members }

/// <summary>A list filter against a benchmark: "worse than England", "better than our statistical neighbours".</summary>
public sealed record BenchmarkFilter(BenchmarkKind Kind, bool Worse)
{
    public string Describe() => $"{(Worse ? "worse" : "better")} than {new Benchmark(default, Kind, 0, null).KindLabel}";
}
