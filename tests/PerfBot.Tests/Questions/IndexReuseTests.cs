using Dapper;
using PerfBot.Questions;
using PerfBot.Questions.Measuring;
using PerfBot.Store;
using PerfBot.Store.Import;

namespace PerfBot.Tests.Questions;

/// <summary>
/// After an import that changed only figures, the question index keeps the words, postings and weights of the one it
/// replaces and takes the new statuses. It must read every question exactly as an index built from nothing does, and
/// build its words again as soon as a name, alias or the vocabulary changes.
/// </summary>
public sealed class IndexReuseTests
{
    private static readonly DateOnly AsOf = DateOnly.FromDateTime(DemoStore.Today.UtcDateTime);

    private static readonly IReadOnlyList<string> Questions =
        SetQuestion.Read(Path.Combine(TestPaths.RepoRoot, "tests", "PerfBot.Tests", "Questions", "devset.tsv")).Select(q => q.Question).ToList();

    private static QuestionCatalogue Load(TempStore store) =>
        QuestionCatalogue.Load(store.Database, new IndicatorRepository(store.Database), AsOf);

    [Fact]
    public void An_index_kept_across_an_import_of_figures_reads_every_question_as_one_built_from_nothing()
    {
        using var store = TempStore.WithDemoData();
        var before = new QuestionIndex(Load(store), AsOf);
        var indicator = before.Entries.First(e => e.Latest?.Measurement is not null).Indicator;
        MeasureImporter.Import(store.Database, store.WriteFile("figures.csv", $"indicator,period,value\n{indicator.Name},Oct-26,123456\n"));

        var catalogue = Load(store);
        var kept = new QuestionIndex(catalogue, AsOf, previous: before);
        var fresh = new QuestionIndex(catalogue, AsOf);

        Assert.Same(before.Vocabulary, kept.Vocabulary);
        Assert.Equal(123456, kept.ByCode(indicator.Code)!.Latest!.Measurement!.Value);
        Assert.Equal(Described(fresh), Described(kept));
        foreach (var question in Questions)
            Assert.Equal(Read(question, fresh), Read(question, kept));
    }

    [Fact]
    public void A_new_alias_builds_the_words_again()
    {
        using var store = TempStore.WithDemoData();
        var before = new QuestionIndex(Load(store), AsOf);
        var indicator = before.Entries[0].Indicator;
        using (var connection = store.Database.Open())
            connection.Execute("INSERT INTO indicator_aliases (indicator_id, alias) VALUES (@Id, 'zebra crossings wobbling')", new { indicator.Id });

        var after = new QuestionIndex(Load(store), AsOf, previous: before);

        Assert.NotSame(before.Vocabulary, after.Vocabulary);
        Assert.Equal(indicator.Code, QuestionReader.Read("how are zebra crossings wobbling?", after).Chosen?.Code);
        Assert.Equal(Read("how are zebra crossings wobbling?", new QuestionIndex(Load(store), AsOf)), Read("how are zebra crossings wobbling?", after));
    }

    private static List<string> Described(QuestionIndex index) => index.Entries.Select(e =>
        $"{e.Index}|{e.Indicator.Code}|{string.Join(";", e.Stems)}|{e.SmallestField}|{e.Latest?.Measurement?.Period.Label}={e.Latest?.Measurement?.Value}|{e.Latest?.Rag}")
        .ToList();

    private static string Read(string question, QuestionIndex index)
    {
        var u = QuestionReader.Read(question, index);
        return $"{u.Chosen?.Code}|{string.Join(",", u.Candidates.Select(c => $"{c.Code}:{c.Score}"))}|{string.Join(",", u.DidYouMean.Select(c => $"{c.Code}:{c.Score}"))}";
    }
}
