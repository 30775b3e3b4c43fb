using PerfBot.Committees;
using PerfBot.Indicators;
using PerfBot.Store;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Store;

/// <summary>The demo store against the reports as published, transcribed a second time independently in <see cref="PublishedMeasures"/>.</summary>
public abstract class DemoStoreTests(DemoStoreTests.Demo demo)
{
    public class Demo : IDisposable
    {
        public Demo() : this(StoreEngine.Sqlite) { }
        protected Demo(StoreEngine engine) => Store = TempStore.WithDemoData(engine);
        public TempStore Store { get; }
        public IndicatorRepository Indicators => new(Store.Database);
        public void Dispose() => Store.Dispose();
    }

    public sealed class PostgresDemo() : Demo(StoreEngine.Postgres);

    public sealed class OnSqlite(Demo demo) : DemoStoreTests(demo), IClassFixture<Demo>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresDemo demo) : DemoStoreTests(demo), IClassFixture<PostgresDemo>;

    private readonly Demo _demo = demo;

    public static TheoryData<string, int> AllPublished()
    {
        var data = new TheoryData<string, int>();
        for (var i = 0; i < PublishedMeasures.October2020.Count; i++) data.Add("000", i);
        for (var i = 0; i < PublishedMeasures.Quarter2_2025.Count; i++) data.Add("001", i);
        return data;
    }

    [Fact]
    public void Holds_all_28_measures_of_the_2020_report_and_all_16_of_the_2025_report()
    {
        Assert.Equal(28, PublishedMeasures.October2020.Count);
        Assert.Equal(16, PublishedMeasures.Quarter2_2025.Count);
        var names = _demo.Indicators.Indicators().Select(i => i.Name).ToHashSet();
        Assert.All(PublishedMeasures.October2020.Concat(PublishedMeasures.Quarter2_2025), p => Assert.Contains(p.Name, names));
    }

    [Theory]
    [MemberData(nameof(AllPublished))]
    public void Each_published_measure_reads_back_by_its_official_name(string report, int index)
    {
        var published = (report == "000" ? PublishedMeasures.October2020 : PublishedMeasures.Quarter2_2025)[index];
        var repository = _demo.Indicators;
        var indicator = Assert.Single(repository.Indicators(), i => i.Name == published.Name);
        var history = repository.Measurements(indicator.Id);
        var period = Period.Parse(published.Period);
        var measurement = Assert.Single(history, m => m.Period == period);

        Assert.Equal(published.Value, measurement.Value);
        Assert.Equal(published.Target, measurement.Target);
        Assert.Equal(published.Rag, measurement.ReportedRag?.ToString());
        Assert.Equal(published.Direction, measurement.ReportedDirection?.ToString());
        Assert.False(string.IsNullOrWhiteSpace(measurement.Source));
        var lastYear = history.SingleOrDefault(m => m.Period == period.SamePeriodLastYear());
        Assert.Equal(published.LastYear, lastYear?.Value);
    }

    [Fact]
    public void Narrative_figures_of_2025_are_kept_with_their_benchmarks()
    {
        var repository = _demo.Indicators;
        var lac = Assert.Single(repository.Indicators(), i => i.Name == "Percentage of looked after children placed outside the council area");
        var values = repository.Measurements(lac.Id).ToDictionary(m => m.Period.Label, m => m.Value);
        Assert.Equal(41.61, values["Jul-25"]);
        Assert.Equal(45.22, values["Q2 2025/26"]);
        Assert.Equal(44.71, values["Oct-25"]);
        var benchmarks = repository.Benchmarks(lac.Id).Where(b => b.Period == Period.Parse("Q2 2025/26")).ToDictionary(b => b.Kind, b => b.Value);
        Assert.Equal(45, benchmarks[BenchmarkKind.England]);
        Assert.Equal(33.14, benchmarks[BenchmarkKind.GoodPlus]);
        Assert.Equal(Polarity.LowerIsBetter, lac.Polarity);
        Assert.False(string.IsNullOrWhiteSpace(lac.PolarityReason));
    }

    [Fact]
    public void Every_indicator_has_a_polarity_reason_and_every_measurement_a_source()
    {
        var repository = _demo.Indicators;
        Assert.All(repository.Indicators(), i =>
        {
            Assert.False(string.IsNullOrWhiteSpace(i.PolarityReason), i.Name);
            Assert.All(repository.Measurements(i.Id), m => Assert.False(string.IsNullOrWhiteSpace(m.Source), $"{i.Name} {m.Period}"));
        });
    }

    [Fact]
    public void The_committee_has_its_chair_members_meetings_forward_plan_and_risk_200()
    {
        var committees = new CommitteeRepository(_demo.Store.Database);
        var committee = Assert.Single(committees.Committees());
        Assert.Equal("People and Health Scrutiny Committee", committee.Name);
        Assert.False(string.IsNullOrWhiteSpace(committee.Chair));
        Assert.Contains(committee.Chair, committee.Members);
        var dates = committees.Meetings(committee.Id).Select(m => m.Date).ToList();
        Assert.Contains(new DateOnly(2025, 11, 17), dates);
        Assert.Contains(new DateOnly(2026, 1, 21), dates);
        Assert.Contains(new DateOnly(2026, 4, 1), dates);
        Assert.Contains(committees.ForwardPlan(committee.Id), f => f.MeetingDate == new DateOnly(2026, 4, 1) && f.Item.Contains("Quarter 3", StringComparison.Ordinal));
        var risk = Assert.Single(committees.Risks(committee.Id));
        Assert.Equal("200", risk.Id);
        Assert.Equal("Very High", risk.Rating);
    }

    [Fact]
    public void Council_vocabulary_is_data()
    {
        using var connection = _demo.Store.Database.Open();
        var terms = Dapper.SqlMapper.Query<string>(connection, "SELECT term FROM vocabulary").ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var term in new[] { "LAC", "CiC", "CP", "CIN", "EHCP", "SEND", "NEET", "B&B", "TA", "ASB", "S47", "ICPC", "DToC" })
            Assert.Contains(term, terms);
    }
}
