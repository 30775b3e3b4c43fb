using PerfBot.Council;
using PerfBot.Bench;
using PerfBot.Questions;
using PerfBot.Questions.Measuring;
using PerfBot.Store;
using PerfBot.Store.Import;

namespace PerfBot.Tests.Questions;

/// <summary>
/// The reader scores only the indicators that could still be among the five best. These tests hold it to scoring every
/// candidate in full: the same scores in the same places, the same indicator chosen. (Indicators tied on every ordering
/// key may change places; their scores may not.)
/// </summary>
public class PruningTests(DemoStore demo) : IClassFixture<DemoStore>
{
    [Fact]
    public void On_a_synthetic_council_of_3000_indicators_pruned_scoring_ranks_as_scoring_everything_does()
    {
        var folder = Directory.CreateTempSubdirectory("perfbot-pruning-");
        try
        {
            var council = new SyntheticCouncil(indicators: 3000, periods: 2);
            var store = new Database(Path.Combine(folder.FullName, "synthetic.db"));
            using (var connection = store.Open()) Migrator.Apply(connection);
            var committees = Path.Combine(folder.FullName, "committees.json");
            council.WriteCommitteesJson(committees);
            CommitteeFile.ImportCommittees(store, committees);
            var csv = Path.Combine(folder.FullName, "measures.csv");
            council.WriteMeasuresCsv(csv);
            MeasureImporter.Import(store, csv);
            var index = new QuestionService(store, new CouncilClock(new FakeTimeProvider(DemoStore.Today))).Index;

            // Names as asked, and shortened to their commoner words, where the rarer words drawn first must hand over
            // to the commoner; a word or two alone, where the bound on pairs of words standing together decides; and
            // names asked after another indicator's code, whose rarest word brings one candidate and the rest come
            // from the words after it, one at a time.
            var asked = council.Questions(250).Select(q => q.Question).ToList();
            var codes = council.Indicators().Select(i => i.Code.Replace('-', ' ')).ToList();
            var questions = asked
                .Concat(["percentage completed on time", "rate per 10,000 over 65s", "average days to complete year to date", "number of"])
                .Concat(["days", "rate", "care", "children in care", "turnover per 10,000", "staff sickness days"])
                .Concat(asked.Take(40).Select((q, k) => $"{codes[k * 71 % codes.Count]} {q}"));
            AssertSameRanking(questions, index);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void On_the_demo_store_every_development_set_question_ranks_as_scoring_everything_does()
    {
        var set = SetQuestion.Read(Path.Combine(TestPaths.RepoRoot, "tests", "PerfBot.Tests", "Questions", "devset.tsv"));
        AssertSameRanking(set.Select(q => q.Question), demo.Service.Index);
    }

    private static void AssertSameRanking(IEnumerable<string> questions, QuestionIndex index)
    {
        var compared = 0;
        foreach (var question in questions)
        {
            var pruned = QuestionReader.Read(question, index, prune: true);
            var everything = QuestionReader.Read(question, index, prune: false);
            // Indicators tied on every ordering key may swap places at the fifth; their scores may not.
            Assert.True(everything.Candidates.Select(c => c.Score).SequenceEqual(pruned.Candidates.Select(c => c.Score)),
                $"{question}: pruned {string.Join(", ", pruned.Candidates.Select(c => $"{c.Code} {c.Score}"))}; everything {string.Join(", ", everything.Candidates.Select(c => $"{c.Code} {c.Score}"))}");
            Assert.Equal(everything.Chosen?.Code, pruned.Chosen?.Code);
            Assert.Equal(everything.DidYouMean.Select(c => c.Score), pruned.DidYouMean.Select(c => c.Score));
            compared++;
        }
        Assert.True(compared > 200, $"{compared} questions compared");
    }
}
