using PerfBot.Questions.Measuring;
using PerfBot.Store;
using Xunit.Abstractions;

namespace PerfBot.Tests.Questions;

/// <summary>The demo store as the independent sets' writers saw it: today is Monday 1 December 2025.</summary>
public sealed class IndependentSetStore() : DemoStore(StoreEngine.Sqlite, Today)
{
    public static new readonly DateTimeOffset Today = new(2025, 12, 1, 12, 0, 0, TimeSpan.Zero);
}

/// <summary>
/// Questions written by someone who never read the reader, from the demo data files and seed reports alone: how well
/// PerfBot generalises beyond the development set it was tuned on. The independent set has been used to find misses,
/// so it must show no figure that was not asked for; the held-out set, written later still and never used to change
/// the reader, and the unseen, fresh and blind sets, each written blind once more after that, are each held to what they
/// scored when they were added, so a change that reads members' words worse fails here.
/// Each test prints every miss.
/// </summary>
public sealed class IndependentSetTests(IndependentSetStore store, ITestOutputHelper output) : IClassFixture<IndependentSetStore>
{
    private static string Folder(string set) => Path.Combine(TestPaths.RepoRoot, "tests", "PerfBot.Tests", "Questions", set);

    private AccuracyReport Single(string set, string file)
    {
        var report = Accuracy.Measure(store.Service, SetQuestion.Read(Path.Combine(Folder(set), file)));
        output.WriteLine(report.Summary());
        output.WriteLine(report.Failures());
        return report;
    }

    private AccuracyReport Conversations(string set)
    {
        var report = Accuracy.MeasureConversations(store.Service, SetQuestion.ReadConversations(Path.Combine(Folder(set), "conversations.tsv")), IndependentSetStore.Today);
        output.WriteLine(report.Summary());
        output.WriteLine(report.Failures());
        return report;
    }

    [Fact]
    public void The_independent_single_questions_show_no_figure_not_asked_for()
    {
        var report = Single("Independent", "independent.tsv");
        Assert.Equal(0, report.WrongFigures);
        Assert.True(report.Top1 >= 0.98, $"top-1 {report.Top1:P1}");
    }

    [Fact]
    public void The_independent_conversations_show_no_figure_not_asked_for()
    {
        var report = Conversations("Independent");
        Assert.Equal(0, report.WrongFigures);
        Assert.True(report.Top1 >= 0.988, $"top-1 {report.Top1:P1}");
    }

    [Fact]
    public void The_held_out_questions_score_no_worse_than_when_they_were_added()
    {
        var report = Single("Holdout", "holdout.tsv");
        Assert.True(report.WrongFigures <= 1, $"{report.WrongFigures} figures not asked for");
        Assert.True(report.Top1 >= 0.873, $"top-1 {report.Top1:P1}");
    }

    [Fact]
    public void The_held_out_conversations_score_no_worse_than_when_they_were_added()
    {
        var report = Conversations("Holdout");
        Assert.True(report.WrongFigures <= 1, $"{report.WrongFigures} figures not asked for");
        Assert.True(report.Top1 >= 0.805, $"top-1 {report.Top1:P1}");
    }

    [Fact]
    public void The_unseen_questions_score_no_worse_than_when_they_were_added()
    {
        var report = Single("Unseen", "unseen.tsv");
        Assert.True(report.WrongFigures <= 3, $"{report.WrongFigures} figures not asked for");
        Assert.True(report.Top1 >= 0.719, $"top-1 {report.Top1:P1}");
    }

    [Fact]
    public void The_unseen_conversations_score_no_worse_than_when_they_were_added()
    {
        var report = Conversations("Unseen");
        Assert.True(report.WrongFigures <= 3, $"{report.WrongFigures} figures not asked for");
        Assert.True(report.Top1 >= 0.809, $"top-1 {report.Top1:P1}");
    }

    [Fact]
    public void The_fresh_questions_score_no_worse_than_when_they_were_added()
    {
        var report = Single("Fresh", "fresh.tsv");
        Assert.True(report.WrongFigures <= 7, $"{report.WrongFigures} figures not asked for");
        // 98 of 150 for a while (99 when it was added), after the period-aware choice, the timeliness vocabulary and "Did
        // you mean…" kept from becoming a list; 99 again since. Which questions is not looked at, so the set stays clean.
        Assert.True(report.Top1 >= 0.655, $"top-1 {report.Top1:P1}");
    }

    [Fact]
    public void The_fresh_conversations_score_no_worse_than_when_they_were_added()
    {
        var report = Conversations("Fresh");
        Assert.True(report.WrongFigures <= 9, $"{report.WrongFigures} figures not asked for");
        Assert.True(report.Top1 >= 0.56, $"top-1 {report.Top1:P1}");
    }

    [Fact]
    public void The_blind_questions_score_no_worse_than_when_they_were_added()
    {
        var report = Single("Blind", "blind.tsv");
        Assert.True(report.WrongFigures <= 9, $"{report.WrongFigures} figures not asked for");
        // 72.0% when it was added, on the reader as it was before the changes made while it was written; 76.0% after them.
        Assert.True(report.Top1 >= 0.76, $"top-1 {report.Top1:P1}");
    }

    [Fact]
    public void The_blind_conversations_score_no_worse_than_when_they_were_added()
    {
        var report = Conversations("Blind");
        // 7 when it was added; 6 after, once the one turn that gained a figure not asked for was looked at (the set's README says which).
        Assert.True(report.WrongFigures <= 6, $"{report.WrongFigures} figures not asked for");
        Assert.True(report.Top1 >= 0.76, $"top-1 {report.Top1:P1}");
    }
}
