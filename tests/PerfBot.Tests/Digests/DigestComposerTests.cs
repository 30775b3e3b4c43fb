using PerfBot.Committees;
using PerfBot.Digests;
using PerfBot.Indicators;

namespace PerfBot.Tests.Digests;

public class DigestComposerTests
{
    private static readonly Committee People = new(1, "People and Health Scrutiny Committee", null, null, []);
    private static readonly DateOnly AsOf = new(2025, 10, 6);

    private static IndicatorStatus Status(string code, string? area, Rag? rag, Direction? direction, Period? period = null, double value = 10, double? target = 5, string unit = "%")
    {
        var indicator = new Indicator(code.GetHashCode(), code, $"Indicator {code}", area, unit, Frequency.Quarterly, Polarity.LowerIsBetter, null, null, null, [], [People.Name]);
        var measurement = new Measurement(period ?? Period.Quarter(2025, 2), value, target, rag, direction, null, null, $"Report for {code}");
        return StatusAssessor.Assess(indicator, [measurement], null, AsOf);
    }

    [Fact]
    public void Lists_red_and_amber_worsening_grouped_by_service_area_red_first()
    {
        var digest = DigestComposer.Compose(People, [
            Status("a", "Housing", Rag.Amber, Direction.Worsening),
            Status("b", "Housing", Rag.Red, Direction.Same),
            Status("c", "Adults", Rag.Red, Direction.Improving),
            Status("d", "Adults", Rag.Amber, Direction.Improving),
            Status("e", "Adults", Rag.Green, Direction.Worsening),
        ], AsOf, previous: null);

        Assert.Equal(["Adults", "Housing"], digest.Areas.Select(a => a.ServiceArea));
        Assert.Equal(["c"], digest.Areas[0].Lines.Select(l => l.Code));
        Assert.Equal(["b", "a"], digest.Areas[1].Lines.Select(l => l.Code));
        Assert.Equal(2, digest.OnTrack);
        Assert.All(digest.Exceptions, l => Assert.Null(l.Change));
        Assert.Equal("Q2 2025/26", digest.LatestPeriod);
    }

    [Fact]
    public void Stale_indicators_are_never_current_exceptions_and_name_the_latest_period_held()
    {
        var digest = DigestComposer.Compose(People, [
            Status("old", "Adults", Rag.Red, Direction.Worsening, Period.Month(2020, 10)),
            Status("now", "Adults", Rag.Red, Direction.Worsening),
        ], AsOf, previous: null);

        Assert.Equal(["now"], digest.Exceptions.Select(l => l.Code));
        var overdue = Assert.Single(digest.Overdue);
        Assert.Equal(("old", "Oct-20"), (overdue.Code, overdue.LatestPeriod));
        Assert.Contains("Indicator old: latest data Oct-20", DigestText.Write(digest));
    }

    [Fact]
    public void Changes_since_the_last_digest_newly_red_newly_an_exception_recovered_and_off_the_list()
    {
        var previous = new DigestSnapshot(AsOf.AddDays(-7), [
            new SnapshotEntry("was-amber", "Indicator was-amber", Rag.Amber),
            new SnapshotEntry("still", "Indicator still", Rag.Red),
            new SnapshotEntry("recovered", "Indicator recovered", Rag.Red),
            new SnapshotEntry("gone-stale", "Indicator gone-stale", Rag.Amber),
        ]);
        var digest = DigestComposer.Compose(People, [
            Status("was-amber", "A", Rag.Red, Direction.Worsening),
            Status("still", "A", Rag.Red, Direction.Same),
            Status("new-red", "A", Rag.Red, Direction.Same),
            Status("new-amber", "A", Rag.Amber, Direction.Worsening),
            Status("recovered", "A", Rag.Green, Direction.Improving),
            Status("gone-stale", "A", Rag.Amber, Direction.Worsening, Period.Quarter(2024, 4)),
        ], AsOf, previous);

        var changes = digest.Exceptions.ToDictionary(l => l.Code, l => l.Change);
        Assert.Equal(DigestChange.NewlyRed, changes["was-amber"]);
        Assert.Equal(DigestChange.StillListed, changes["still"]);
        Assert.Equal(DigestChange.NewlyRed, changes["new-red"]);
        Assert.Equal(DigestChange.NewlyException, changes["new-amber"]);
        Assert.Equal([("recovered", DepartureReason.Recovered), ("gone-stale", DepartureReason.OffTheList)],
            digest.LeftTheList.Select(x => (x.Code, x.Reason)));
        var text = DigestText.Write(digest);
        Assert.Contains("newly red: Indicator new-red, Indicator was-amber", text);
        Assert.Contains("newly an exception: Indicator new-amber", text);
        Assert.Contains("recovered: Indicator recovered (now Green, Q2 2025/26)", text);
        Assert.Contains("off the list: Indicator gone-stale (data overdue, latest Q4 2024/25)", text);
    }

    [Fact]
    public void A_week_without_exceptions_still_gets_a_short_message()
    {
        var digest = DigestComposer.Compose(People, [
            Status("a", "A", Rag.Green, Direction.Same),
            Status("b", "A", Rag.Amber, Direction.Improving),
        ], AsOf, new DigestSnapshot(AsOf.AddDays(-7), []));

        Assert.False(digest.HasExceptions);
        Assert.Contains("No exceptions; 2 indicators on track; latest data Q2 2025/26.", DigestText.Write(digest));
    }

    [Fact]
    public void Each_line_carries_value_target_direction_period_and_source()
    {
        var digest = DigestComposer.Compose(People, [Status("a", "A", Rag.Red, Direction.Worsening, value: 45.22, target: 30)], AsOf, null);

        var text = DigestText.Write(digest);
        Assert.Contains("Indicator a: 45.22% (Q2 2025/26), target 30%, Red, Worsening. [1]", text);
        Assert.Contains("[1] Report for a", text);
    }
}
