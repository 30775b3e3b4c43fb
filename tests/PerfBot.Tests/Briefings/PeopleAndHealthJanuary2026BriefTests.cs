using PerfBot.Tests.Support;
using PerfBot.Briefings;
using PerfBot.Indicators;
using PerfBot.Store;

namespace PerfBot.Tests.Briefings;

/// <summary>
/// The acceptance brief: People and Health, 21 January 2026, from the demo data. The appendices of the hand-written
/// report (seed 001) list 9 red and 7 amber-and-worsening measures; all must be in PerfBot's brief, with Risk 200.
/// </summary>
public abstract class PeopleAndHealthJanuary2026BriefTests : IDisposable
{
    // Appendix 1 and Appendix 2 of 001, indicator names as the report gives them.
    public static readonly string[] AppendixOneRed = PerfBot.Tests.Store.PublishedMeasures.Quarter2_2025.Where(p => p.Rag == "Red").Select(p => p.Name).ToArray();

    public static readonly string[] AppendixTwoAmberWorsening = PerfBot.Tests.Store.PublishedMeasures.Quarter2_2025.Where(p => p.Rag == "Amber").Select(p => p.Name).ToArray();

    private readonly DemoStore store;
    private readonly Brief brief;

    protected PeopleAndHealthJanuary2026BriefTests(StoreEngine engine)
    {
        store = new DemoStore(engine);
        brief = store.BriefFor(new DateOnly(2026, 1, 21));
    }

    public sealed class OnSqlite() : PeopleAndHealthJanuary2026BriefTests(StoreEngine.Sqlite);

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres() : PeopleAndHealthJanuary2026BriefTests(StoreEngine.Postgres);

    public void Dispose() => store.Dispose();

    [Fact]
    public void Is_composed_five_working_days_before_the_meeting()
    {
        Assert.Equal(new DateOnly(2026, 1, 14), brief.ComposedOn);
        Assert.Equal("People and Health Scrutiny Committee", brief.Committee);
    }

    [Fact]
    public void Holds_every_red_measure_of_appendix_1_and_nothing_else()
    {
        Assert.Equal(AppendixOneRed.Order(StringComparer.Ordinal), brief.Red.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.All(brief.Red, r => Assert.Equal(Rag.Red, r.Rag));
    }

    [Fact]
    public void Holds_every_amber_and_worsening_measure_of_appendix_2_and_nothing_else()
    {
        Assert.Equal(AppendixTwoAmberWorsening.Order(StringComparer.Ordinal), brief.AmberWorsening.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.All(brief.AmberWorsening, r => Assert.Equal(Direction.Worsening, r.Direction));
    }

    [Fact]
    public void Figures_are_the_stored_ones_with_their_periods()
    {
        var deaths = brief.Red.Single(r => r.Code == "deaths-registered-5-days");
        Assert.Equal(("Q2 2025/26", 80.0, 95.0, "reported"), (deaths.Period, deaths.Value!.Value, deaths.Target!.Value, deaths.RagSource));
        Assert.StartsWith("Since 9 September 2024 the national target", deaths.Narrative, StringComparison.Ordinal);
        // Oct-25 had ended by 14 January 2026, so the out-of-area figure is October's 44.71%, rated by PerfBot against the 30% target.
        var outOfArea = brief.Red.Single(r => r.Code == "lac-placed-out-of-area");
        Assert.Equal(("Oct-25", 44.71, "computed"), (outOfArea.Period, outOfArea.Value!.Value, outOfArea.RagSource));
        Assert.Equal("45.22% at Q2 2025/26", outOfArea.PreviousText);
        Assert.Equal(["England 45% (Q2 2025/26)", "Good+ authorities 33.14% (Q2 2025/26)"], outOfArea.Benchmarks.Select(b => $"{b.Kind} {b.ValueText} ({b.Period})"));
        Assert.Equal(["Jul-25", "Q2 2025/26", "Oct-25"], outOfArea.RedRun);
    }

    [Fact]
    public void Holds_risk_200()
    {
        var risk = Assert.Single(brief.Risks);
        Assert.Equal(("200", "Very High"), (risk.Id, risk.Rating));
        Assert.StartsWith("As a result of health service reform", risk.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggests_three_to_five_questions_about_listed_measures()
    {
        Assert.InRange(brief.Questions.Count, 3, 5);
        var listed = brief.Red.Concat(brief.AmberWorsening).ToDictionary(i => i.Code);
        foreach (var q in brief.Questions.Where(q => q.IndicatorCode is not null))
        {
            var item = listed[q.IndicatorCode!];
            Assert.Contains(item.Name, q.Text, StringComparison.Ordinal);
            Assert.Contains(item.ValueText, q.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_2020_measures_are_overdue_not_exceptions()
    {
        Assert.Equal(27, brief.Counts.Overdue);
        Assert.All(brief.Overdue, o => Assert.Contains("-20", o.LatestPeriod, StringComparison.Ordinal));
        Assert.DoesNotContain(brief.Red.Concat(brief.AmberWorsening), i => i.Period.EndsWith("-20", StringComparison.Ordinal));
        Assert.Equal(new BriefCounts(9, 7, 0, 0, 27), brief.Counts);
    }

    [Fact]
    public void States_the_age_of_the_data_plainly()
    {
        Assert.Equal(
            "Latest data Oct-25, three months before the meeting on 21 January 2026; 15 of 16 current indicators are at Q2 2025/26 (to Sep-25), four months before.",
            brief.Freshness.Text);
    }

    [Fact]
    public void Lists_the_forward_plan_items_for_this_meeting_only()
    {
        Assert.Equal(["Quarter 2 Risk Update"], brief.ForwardPlan.Select(p => p.Item));
    }

    [Fact]
    public void Focus_puts_the_out_of_area_placements_first_with_the_reason()
    {
        var first = brief.Focus[0];
        Assert.Equal("lac-placed-out-of-area", first.Code);
        Assert.Equal("44.71% at Oct-25 against a target of 30% (14.71 percentage points above target); Red at each of its last three figures (Jul-25, Q2 2025/26 and Oct-25).", first.Reason);
    }
}
