using PerfBot.Questions.Measuring;
using PerfBot.Store;
using Xunit.Abstractions;

namespace PerfBot.Tests.Questions;

/// <summary>The demo store as the independent set's writer saw it: today is Monday 1 December 2025.</summary>
public sealed class IndependentSetStore() : DemoStore(StoreEngine.Sqlite, Today)
{
    public static new readonly DateTimeOffset Today = new(2025, 12, 1, 12, 0, 0, TimeSpan.Zero);
}

/// <summary>
/// Questions written by someone who never read the reader, from the demo data files and seed reports alone: how well
/// PerfBot generalises beyond the development set it was tuned on.
/// </summary>
public sealed class IndependentSetTests(IndependentSetStore store, ITestOutputHelper output) : IClassFixture<IndependentSetStore>
{
    private static string Folder => Path.Combine(TestPaths.RepoRoot, "tests", "PerfBot.Tests", "Questions", "Independent");

    [Fact]
    public void The_independent_single_questions()
    {
        var report = Accuracy.Measure(store.Service, SetQuestion.Read(Path.Combine(Folder, "independent.tsv")));
        output.WriteLine(report.Summary());
        output.WriteLine(report.Failures());
    }

    [Fact]
    public void The_independent_conversations()
    {
        var conversations = SetQuestion.ReadConversations(Path.Combine(Folder, "conversations.tsv"));
        var report = Accuracy.MeasureConversations(store.Service, conversations, IndependentSetStore.Today);
        output.WriteLine(report.Summary());
        output.WriteLine(report.Failures());
    }
}
