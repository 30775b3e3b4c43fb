using PerfBot.Committees;
using PerfBot.Digests;
using PerfBot.Digests.Delivery;
using PerfBot.Store;

namespace PerfBot.Tests.Digests;

/// <summary>The acceptance check: the demo data's People and Health digest reproduces the Q2 2025/26 report's appendices.</summary>
public sealed class DemoDigestTests : IDisposable
{
    // Appendix 1 (red) and Appendix 2 (amber and worsening) of the People & Health Scrutiny Committee's 2025/26 Quarter 2
    // Performance Report (seed 001), as printed.
    private static readonly string[] Appendix1 =
    [
        "Adults Safeguarding Activity - number of safeguarding concerns received during the month",
        "Number of pregnant women / families in B&B exceeding 6 week stay",
        "Number of Independent Special School places taken up by children and young people",
        "Number of special educational needs (SEND) tribunals against the authority",
        "Percentage of children with a new child protection plan who have been on a child protection plan within the last two years (rolling 12 months)",
        "Percentage of Education, Health & Care Plans (EHCPs) issued within 20 weeks",
        "Percentage of looked after children placed outside the council area",
        "Rate of permanent exclusions from schools (all schools) (%)",
        "Percentage of deaths registered within 5 calendar days",
    ];

    private static readonly string[] Appendix2 =
    [
        "Adults - Number of outstanding assessments (Care Act)",
        "Adults - Number of overdue 12 month reviews (Care Act)",
        "Net number of households in Temporary accommodation (including B&B) at the end of the month (taking in to account households newly placed in TA and those moving out into alternative accommodation)",
        "Percentage of 3 and 4 yr olds benefitting from funding EY education in Met/Good/Outstanding setting",
        "Percentage of Section 47 investigations completed within 10 days",
        "Percentage of Section 47s leading to an Initial Child Protection Conference (ICPC)",
        "The total number of contacts into adult social care each month",
    ];

    private readonly TempStore _store = TempStore.WithDemoData();

    private Digest Build(string committeeName, DateOnly asOf)
    {
        var committees = new CommitteeRepository(_store.Database).Committees();
        var committee = Assert.IsType<CommitteeNames.Found>(CommitteeNames.Resolve(committeeName, committees)).Committee;
        var clock = new ManualClock(DateTimeOffset.Parse("2025-10-06T07:00:00Z"));
        var digests = new DigestStore(_store.Database, clock, new Outbox(_store.Database, clock));
        return new DigestBuilder(new IndicatorRepository(_store.Database), digests).Build(committee, asOf, DigestStore.WeekOf(asOf));
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
