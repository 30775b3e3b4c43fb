using PerfBot.Council;
using PerfBot.Questions;
using PerfBot.Questions.Measuring;
using PerfBot.Store;

namespace PerfBot.Bench;

/// <summary>Question accuracy on the development set over the demo store, PerfBot beside the FTS5 bm25 baseline.</summary>
public static class AccuracyBenchmark
{
    /// <summary>The development set's questions are about the demo data as it stood on this day.</summary>
    public static readonly DateTimeOffset DevSetToday = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public sealed record Result(string DevSet, int Questions, double PerfBotTop1, double BaselineTop1, double PerfBotIndicatorTop1, double BaselineIndicatorTop1);

    public static Result? Run(string? devSetPath, string folder)
    {
        if (devSetPath is null || !File.Exists(devSetPath)) return null;
        var set = SetQuestion.Read(devSetPath);
        var store = StoreOpener.Open(Path.Combine(folder, "demo.db"));
        var service = new QuestionService(store, new CouncilClock(new FixedClock(DevSetToday)));
        var perfbot = Accuracy.Measure(service, set);
        var baseline = Accuracy.MeasureBaseline(new IndicatorRepository(store).Indicators(), set);
        return new Result(devSetPath, set.Count, Math.Round(perfbot.Top1, 4), Math.Round(baseline.Top1, 4),
            Math.Round(perfbot.IndicatorTop1, 4), Math.Round(baseline.IndicatorTop1, 4));
    }

    /// <summary>tests/PerfBot.Tests/Questions/devset.tsv above the working folder or the executable.</summary>
    public static string? FindDevSet()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "tests", "PerfBot.Tests", "Questions", "devset.tsv");
                if (File.Exists(path)) return path;
            }
        return null;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
