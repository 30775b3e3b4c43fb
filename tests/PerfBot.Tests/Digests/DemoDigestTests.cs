using PerfBot.Council;
using PerfBot.Tests.Support;
using PerfBot.Committees;
using PerfBot.Digests;
using PerfBot.Delivery;
using PerfBot.Store;

namespace PerfBot.Tests.Digests;

/// <summary>The acceptance check: the demo data's People and Health digest reproduces the Q2 2025/26 report's appendices.</summary>
public abstract class DemoDigestTests(StoreEngine engine) : IDisposable
{
    // Appendix 1 (red) and Appendix 2 (amber and worsening) of the People & Health Scrutiny Committee's 2025/26 Quarter 2
    // Performance Report (seed 001), from the independent transcription the demo store is checked against.
    private static readonly string[] Appendix1 = PerfBot.Tests.Store.PublishedMeasures.Quarter2_2025.Where(p => p.Rag == "Red").Select(p => p.Name).ToArray();

    private static readonly string[] Appendix2 = PerfBot.Tests.Store.PublishedMeasures.Quarter2_2025.Where(p => p.Rag == "Amber").Select(p => p.Name).ToArray();

    private readonly TempStore _store = TempStore.WithDemoData(engine);

    public sealed class OnSqlite() : DemoDigestTests(StoreEngine.Sqlite);

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres() : DemoDigestTests(StoreEngine.Postgres);

    private Digest Build(string committeeName, DateOnly asOf)
    {
        var committees = new CommitteeRepository(_store.Database).Committees();
        var committee = Assert.IsType<CommitteeNames.Found>(CommitteeNames.Resolve(committeeName, committees)).Committee;
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2025-10-06T07:00:00Z"));
        var digests = new DigestStore(_store.Database, clock, new Outbox(_store.Database, clock));
        return new DigestBuilder(new IndicatorRepository(_store.Database), digests).Build(committee, asOf, CouncilClock.WeekOf(asOf));
    }

    [Fact]
    public void People_and_Health_as_of_6_October_2025_lists_exactly_the_two_appendices()
    {
        var digest = Build("people & health scrutiny", new DateOnly(2025, 10, 6));

        Assert.Equal(Appendix1.Order(), digest.Exceptions.Where(l => l.Rag == PerfBot.Indicators.Rag.Red).Select(l => l.Name).Order());
        Assert.Equal(Appendix2.Order(), digest.Exceptions.Where(l => l.Rag == PerfBot.Indicators.Rag.Amber).Select(l => l.Name).Order());
        Assert.All(digest.Exceptions, l => Assert.Equal("Q2 2025/26", l.Period));
        Assert.All(digest.Exceptions, l => Assert.NotNull(l.Source));
        var outOfArea = digest.Exceptions.Single(l => l.Code == "lac-placed-out-of-area");
        Assert.Equal((45.22, 30.0), (outOfArea.Value, outOfArea.Target)); // Oct-25's 44.71% had not ended by 6 October
    }

    [Fact]
    public void None_of_the_five_year_old_measures_is_presented_as_current()
    {
        var digest = Build("People and Health", new DateOnly(2025, 10, 6));

        var oldMeasures = File.ReadLines(Path.Combine(TestPaths.DemoData, "measures-2020-10.csv")).Count(l => l.Contains(",Oct-20,") || l.Contains(",Sep-20,"));
        Assert.True(oldMeasures > 20);
        Assert.DoesNotContain(digest.Exceptions, l => l.Period.EndsWith("-20", StringComparison.Ordinal));
        Assert.Contains(digest.Overdue, o => o.Name == "Rates of children in care per 10,000" && o.LatestPeriod == "Oct-20");
        Assert.All(digest.Overdue, o => Assert.Matches("^(Oct|Sep)-20$", o.LatestPeriod!));
    }

    public void Dispose() => _store.Dispose();
}
