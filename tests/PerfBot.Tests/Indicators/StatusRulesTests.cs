using PerfBot.Indicators;

namespace PerfBot.Tests.Indicators;

public class StatusRulesTests
{
    [Theory]
    // Higher is better, target 100, default 10% tolerance: Amber down to 90 inclusive.
    [InlineData(101, Rag.Green)]
    [InlineData(100, Rag.Green)]
    [InlineData(99.99, Rag.Amber)]
    [InlineData(90, Rag.Amber)]
    [InlineData(89.99, Rag.Red)]
    public void Higher_is_better_rag_at_and_around_the_boundaries(double value, Rag expected) =>
        Assert.Equal(expected, StatusRules.ComputeRag(value, 100, Polarity.HigherIsBetter));

    [Theory]
    // Lower is better, target 30 (children placed out of area): Amber up to 33 inclusive.
    [InlineData(29, Rag.Green)]
    [InlineData(30, Rag.Green)]
    [InlineData(30.01, Rag.Amber)]
    [InlineData(33, Rag.Amber)]
    [InlineData(33.01, Rag.Red)]
    [InlineData(45.22, Rag.Red)]
    public void Lower_is_better_rag_at_and_around_the_boundaries(double value, Rag expected) =>
        Assert.Equal(expected, StatusRules.ComputeRag(value, 30, Polarity.LowerIsBetter));

    [Fact]
    public void An_indicator_can_set_its_own_amber_tolerance()
    {
        Assert.Equal(Rag.Amber, StatusRules.ComputeRag(206, 215, Polarity.HigherIsBetter, amberTolerance: 0.05));
        Assert.Equal(Rag.Red, StatusRules.ComputeRag(204, 215, Polarity.HigherIsBetter, amberTolerance: 0.05));
        Assert.Equal(Rag.Red, StatusRules.ComputeRag(99, 100, Polarity.HigherIsBetter, amberTolerance: 0));
    }

    [Fact]
    public void No_rag_without_a_target_or_a_better_direction()
    {
        Assert.Null(StatusRules.ComputeRag(4469, null, Polarity.LowerIsBetter));
        Assert.Null(StatusRules.ComputeRag(null, 30, Polarity.LowerIsBetter));
        Assert.Null(StatusRules.ComputeRag(636, 500, Polarity.None));
    }

    [Theory]
    [InlineData(72, 70, Polarity.HigherIsBetter, Direction.Improving)]
    [InlineData(68, 70, Polarity.HigherIsBetter, Direction.Worsening)]
    [InlineData(70, 70, Polarity.HigherIsBetter, Direction.Same)]
    [InlineData(45.22, 41.61, Polarity.LowerIsBetter, Direction.Worsening)]
    [InlineData(44.71, 45.22, Polarity.LowerIsBetter, Direction.Improving)]
    [InlineData(45.22, 45.22, Polarity.LowerIsBetter, Direction.Same)]
    public void Direction_follows_polarity(double value, double previous, Polarity polarity, Direction expected) =>
        Assert.Equal(expected, StatusRules.ComputeDirection(value, previous, polarity));

    [Fact]
    public void No_direction_without_a_previous_value_or_polarity()
    {
        Assert.Null(StatusRules.ComputeDirection(10, null, Polarity.HigherIsBetter));
        Assert.Null(StatusRules.ComputeDirection(10, 9, Polarity.None));
    }

    [Theory]
    [InlineData(Rag.Red, Direction.Improving, true)]
    [InlineData(Rag.Red, null, true)]
    [InlineData(Rag.Amber, Direction.Worsening, true)]
    [InlineData(Rag.Amber, Direction.Same, false)]
    [InlineData(Rag.Amber, Direction.Improving, false)]
    [InlineData(Rag.Amber, null, false)]
    [InlineData(Rag.Green, Direction.Worsening, false)]
    [InlineData(null, Direction.Worsening, false)]
    public void The_exception_rule_is_red_or_amber_and_worsening(Rag? rag, Direction? direction, bool expected) =>
        Assert.Equal(expected, StatusRules.IsException(rag, direction));

    [Theory]
    [InlineData("Sep-25", Frequency.Monthly, "2025-10-06", 0)]
    [InlineData("Aug-25", Frequency.Monthly, "2025-10-06", 1)]
    [InlineData("Jul-25", Frequency.Monthly, "2025-10-06", 2)]
    [InlineData("Q2 2025/26", Frequency.Quarterly, "2025-10-06", 0)]
    [InlineData("Q1 2025/26", Frequency.Quarterly, "2025-10-06", 1)]
    [InlineData("Q4 2024/25", Frequency.Quarterly, "2025-10-06", 2)]
    [InlineData("Q2 2025/26", Frequency.Monthly, "2025-10-06", 0)]
    [InlineData("Oct-20", Frequency.Monthly, "2025-10-06", 59)]
    [InlineData("2024/25", Frequency.Annual, "2025-10-06", 0)]
    [InlineData("2022/23", Frequency.Annual, "2025-10-06", 2)]
    public void Periods_behind_counts_reporting_periods_ended_since_the_data(string latest, Frequency frequency, string asOf, int expected) =>
        Assert.Equal(expected, Staleness.PeriodsBehind(Period.Parse(latest), frequency, DateOnly.Parse(asOf)));

    [Fact]
    public void Data_two_periods_late_is_stale()
    {
        var asOf = new DateOnly(2025, 10, 6);
        Assert.False(Staleness.IsStale(Period.Parse("Aug-25"), Frequency.Monthly, asOf));
        Assert.True(Staleness.IsStale(Period.Parse("Jul-25"), Frequency.Monthly, asOf));
        Assert.True(Staleness.IsStale(Period.Parse("Oct-20"), null, asOf));
        Assert.False(Staleness.IsStale(Period.Parse("Q1 2025/26"), null, asOf));
    }
}
