using PerfBot.Council;
using PerfBot.Questions;
using PerfBot.Questions.Measuring;
using PerfBot.Store;

namespace PerfBot.Bench;

/// <summary>
/// Question accuracy over the demo store, single questions and conversations: the development set (written while the
/// reader was built) beside the independent set (written from the data files and seed reports by someone who never
/// read the reader), PerfBot beside the FTS5 bm25 baseline, and how many answers showed a figure not asked for.
/// </summary>
public static class AccuracyBenchmark
{
    /// <summary>The development set's questions are about the demo data as it stood on this day.</summary>
    public static readonly DateTimeOffset DevSetToday = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The writers of the independent, held-out and unseen sets took the council's today to be Monday 1 December 2025.</summary>
    public static readonly DateTimeOffset IndependentSetToday = new(2025, 12, 1, 12, 0, 0, TimeSpan.Zero);

    /// <param name="Questions">Single questions, or conversation turns.</param>
    /// <param name="WrongFigures">Answers showing a figure for an indicator or period the question did not ask about.</param>
    /// <param name="WholeConversations">Conversations with every turn right, of <paramref name="Conversations"/>; zero for single questions.</param>
    public sealed record SetResult(string Set, int Questions, double PerfBotTop1, double? BaselineTop1, int WrongFigures, int Conversations, int WholeConversations);

    public sealed record Result(IReadOnlyList<SetResult> Sets, EmbeddingBenchmark.Result? Embedding);

    /// <param name="misses">Where to write every miss of the development and independent sets; the held-out sets' misses
    /// are never written, so they stay an honest measure of whether a change generalises.</param>
    public static Result? Run(string? questionsFolder, string folder, bool embedding, TextWriter? misses = null)
    {
        if (questionsFolder is null || !Directory.Exists(questionsFolder)) return null;
        var store = StoreOpener.Open(Path.Combine(folder, "demo.db"));
        var indicators = new IndicatorRepository(store).Indicators();
        var dev = new QuestionService(store, new CouncilClock(new FixedClock(DevSetToday)));
        var independent = new QuestionService(store, new CouncilClock(new FixedClock(IndependentSetToday)));
        var sets = new List<SetResult>
        {
            Single("development", Path.Combine(questionsFolder, "devset.tsv"), dev, indicators, misses),
            Conversations("development conversations", Path.Combine(questionsFolder, "devconversations.tsv"), dev, DevSetToday, misses),
            Single("independent", Path.Combine(questionsFolder, "Independent", "independent.tsv"), independent, indicators, misses),
            Conversations("independent conversations", Path.Combine(questionsFolder, "Independent", "conversations.tsv"), independent, IndependentSetToday, misses),
            // Written blind later still, and never used to change the reader: the check that fixes made for the sets above generalise.
            Single("held-out", Path.Combine(questionsFolder, "Holdout", "holdout.tsv"), independent, indicators),
            Conversations("held-out conversations", Path.Combine(questionsFolder, "Holdout", "conversations.tsv"), independent, IndependentSetToday),
            // Written blind once more after the held-out set had been scored, by a writer who saw neither the reader nor any set.
            Single("unseen", Path.Combine(questionsFolder, "Unseen", "unseen.tsv"), independent, indicators),
            Conversations("unseen conversations", Path.Combine(questionsFolder, "Unseen", "conversations.tsv"), independent, IndependentSetToday),
            // Written blind a fourth time, after the reader's latest changes were made and before they were scored on it.
            Single("fresh", Path.Combine(questionsFolder, "Fresh", "fresh.tsv"), independent, indicators),
            Conversations("fresh conversations", Path.Combine(questionsFolder, "Fresh", "conversations.tsv"), independent, IndependentSetToday),
            // Written blind a fifth time, while the reader was being changed by people who never saw it, and scored first
            // on the reader as it was before those changes (its README says the one turn read since).
            Single("blind", Path.Combine(questionsFolder, "Blind", "blind.tsv"), independent, indicators),
            Conversations("blind conversations", Path.Combine(questionsFolder, "Blind", "conversations.tsv"), independent, IndependentSetToday),
        };
        var meaning = embedding ? EmbeddingBenchmark.Run(independent, Path.Combine(questionsFolder, "devset.tsv"), Path.Combine(questionsFolder, "Independent", "independent.tsv")) : null;
        return new Result(sets, meaning);
    }

    private static SetResult Single(string name, string path, QuestionService service, IReadOnlyList<Indicators.Indicator> indicators, TextWriter? misses = null)
    {
        var set = SetQuestion.Read(path);
        var perfbot = Accuracy.Measure(service, set);
        WriteMisses(misses, name, perfbot);
        var baseline = Accuracy.MeasureBaseline(indicators, set);
        return new SetResult(name, set.Count, Math.Round(perfbot.Top1, 4), Math.Round(baseline.IndicatorTop1, 4), perfbot.WrongFigures, 0, 0);
    }

    private static SetResult Conversations(string name, string path, QuestionService service, DateTimeOffset today, TextWriter? misses = null)
    {
        var conversations = SetQuestion.ReadConversations(path);
        var perfbot = Accuracy.MeasureConversations(service, conversations, today);
        WriteMisses(misses, name, perfbot);
        return new SetResult(name, perfbot.Total, Math.Round(perfbot.Top1, 4), null, perfbot.WrongFigures, perfbot.Conversations, perfbot.ConversationsRight);
    }

    private static void WriteMisses(TextWriter? misses, string set, AccuracyReport report)
    {
        if (misses is null) return;
        misses.WriteLine($"Misses on the {set} set:");
        misses.Write(report.Failures());
    }

    /// <summary>tests/PerfBot.Tests/Questions above the working folder or the executable.</summary>
    public static string? FindQuestionSets()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "tests", "PerfBot.Tests", "Questions");
                if (File.Exists(Path.Combine(path, "devset.tsv"))) return path;
            }
        return null;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
