using PerfBot.Committees;
using PerfBot.Store;
using PerfBot.Tests.Store;

namespace PerfBot.Tests.Committees;

public class ExceptionReportTests
{
    [Fact]
    public void As_of_6_October_2025_the_demo_exceptions_are_exactly_the_two_appendices_of_the_Q2_report()
    {
        using var store = TempStore.WithDemoData();
        var statuses = new IndicatorRepository(store.Database).Statuses(new DateOnly(2025, 10, 6))
            .Where(s => s.Indicator.Committees.Contains("People and Health Scrutiny Committee"));

        var report = ExceptionReport.From(statuses);

        var appendix1 = PublishedMeasures.Quarter2_2025.Where(p => p.Rag == "Red").Select(p => p.Name).Order();
        var appendix2 = PublishedMeasures.Quarter2_2025.Where(p => p.Rag == "Amber").Select(p => p.Name).Order();
        Assert.Equal(appendix1, report.Red.Select(s => s.Indicator.Name).Order());
        Assert.Equal(appendix2, report.AmberWorsening.Select(s => s.Indicator.Name).Order());
        Assert.All(report.Exceptions, s => Assert.Equal("Q2 2025/26", s.Measurement!.Period.Label));
        // The 2020 report's measures are five years old: overdue, never current exceptions.
        Assert.All(PublishedMeasures.October2020.Where(p => !appendix1.Contains(p.Name)),
            p => Assert.Contains(report.Overdue, s => s.Indicator.Name == p.Name));
        Assert.Equal("Q2 2025/26", report.LatestPeriod?.Label);
    }
}
