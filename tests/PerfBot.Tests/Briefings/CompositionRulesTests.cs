using PerfBot.Briefings;
using PerfBot.Committees;
using PerfBot.Indicators;

namespace PerfBot.Tests.Briefings;

/// <summary>The composition rules on small hand-made histories: freshness against the committee, red runs, focus, questions.</summary>
public sealed class CompositionRulesTests
{
    private static readonly Committee Committee = new(1, "Test Committee", "A Chair", null, []);
    private static readonly Meeting Meeting = new(1, new DateOnly(2026, 1, 21), null, "store", null);

    private static Indicator Indicator(long id, string code, Frequency frequency, Polarity polarity = Polarity.LowerIsBetter, string unit = "%") =>
        new(id, code, $"Indicator {code}", "Area", unit, frequency, polarity, null, null, null, [], ["Test Committee"]);

    private static Measurement M(string period, double value, double? target = null, Rag? rag = null, Direction? direction = null, string? commentary = null) =>
        new(Period.Parse(period), value, target, rag, direction, commentary, null, "test");

    private static Brief Compose(params IndicatorHistory[] histories) =>
        BriefComposer.Compose(new BriefInputs(Committee, Meeting, new DateOnly(2026, 1, 14), histories, [], []));

    [Fact]
    public void A_monthly_indicator_one_month_behind_the_committee_is_current_though_the_calendar_says_stale()
    {
        var monthly = new IndicatorHistory(Indicator(1, "monthly", Frequency.Monthly), [M("Q2 2025/26", 50, 30)], []);
        var newer = new IndicatorHistory(Indicator(2, "newer", Frequency.Monthly), [M("Oct-25", 10, 30)], []);
        var brief = Compose(monthly, newer);
        Assert.Equal(["monthly"], brief.Red.Select(r => r.Code));
        Assert.Empty(brief.Overdue);
    }

    [Fact]
    public void An_indicator_two_of_its_periods_behind_the_committee_is_overdue_and_not_listed()
    {
        var behind = new IndicatorHistory(Indicator(1, "behind", Frequency.Monthly), [M("Aug-25", 50, 30, Rag.Red)], []);
        var newer = new IndicatorHistory(Indicator(2, "newer", Frequency.Monthly), [M("Oct-25", 10, 30)], []);
        var brief = Compose(behind, newer);
        Assert.Empty(brief.Red);
        var overdue = Assert.Single(brief.Overdue);
        Assert.Equal(("behind", "Aug-25", 2), (overdue.Code, overdue.LatestPeriod, overdue.PeriodsBehind));
    }

    [Fact]
    public void Periods_that_had_not_ended_by_the_brief_do_not_count()
    {
        var history = new IndicatorHistory(Indicator(1, "x", Frequency.Monthly), [M("Nov-25", 50, 30), M("Jan-26", 10, 30)], []);
        var brief = Compose(history);
        Assert.Equal("Nov-25", Assert.Single(brief.Red).Period);
    }

    [Fact]
    public void A_gap_in_time_breaks_a_red_run()
    {
        var indicator = Indicator(1, "x", Frequency.Monthly);
        var run = RedRun.Of(indicator, [M("Oct-20", 50, 30), M("Aug-25", 50, 30), M("Sep-25", 51, 30), M("Oct-25", 52, 30)]);
        Assert.Equal(["Aug-25", "Sep-25", "Oct-25"], run.Select(p => p.Label));
    }

    [Fact]
    public void A_green_figure_breaks_a_red_run()
    {
        var indicator = Indicator(1, "x", Frequency.Monthly);
        Assert.Equal(["Oct-25"], RedRun.Of(indicator, [M("Aug-25", 50, 30), M("Sep-25", 20, 30), M("Oct-25", 52, 30)]).Select(p => p.Label));
    }

    [Fact]
    public void Focus_ranks_the_largest_deterioration_first_and_states_the_reason()
    {
        var small = new IndicatorHistory(Indicator(1, "small", Frequency.Monthly), [M("Sep-25", 31, 30), M("Oct-25", 36, 30)], []);
        var large = new IndicatorHistory(Indicator(2, "large", Frequency.Monthly), [M("Sep-25", 40, 30), M("Oct-25", 60, 30)], []);
        var brief = Compose(small, large);
        Assert.Equal(["large", "small"], brief.Focus.Select(f => f.Code));
        Assert.Equal("60% at Oct-25 against a target of 30% (30 percentage points above target); worsened from 40% at Sep-25 to 60% at Oct-25; Red at each of its last two figures (Sep-25 and Oct-25).",
            brief.Focus[0].Reason);
    }

    [Fact]
    public void Questions_name_only_stored_figures()
    {
        var indicator = new IndicatorHistory(Indicator(1, "ehcp", Frequency.Quarterly, Polarity.HigherIsBetter),
            [M("Q4 2024/25", 40, 60, Rag.Red), M("Q1 2025/26", 30, 60, Rag.Red), M("Q2 2025/26", 22.86, 60, Rag.Red, Direction.Worsening)], []);
        var brief = Compose(indicator);
        var first = brief.Questions[0];
        Assert.Equal("red-running", first.Template);
        Assert.Equal("Indicator ehcp has been Red at each of its last three figures (Q4 2024/25, Q1 2025/26 and Q2 2025/26), most recently 22.86% against a target of 60%: what is the recovery trajectory, and when will it meet target?", first.Text);
    }

    [Fact]
    public void A_committee_without_data_says_so_rather_than_inventing_freshness()
    {
        var brief = Compose(new IndicatorHistory(Indicator(1, "empty", Frequency.Monthly), [], []));
        Assert.Null(brief.Freshness.NewestPeriod);
        Assert.StartsWith("No current data", brief.Freshness.Text, StringComparison.Ordinal);
        Assert.Equal(1, brief.Counts.Overdue);
    }
}
