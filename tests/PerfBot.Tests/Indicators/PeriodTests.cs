using PerfBot.Indicators;

namespace PerfBot.Tests.Indicators;

public class PeriodTests
{
    [Theory]
    // Every period label that appears in the seed reports.
    [InlineData("Oct-20", PeriodKind.Month, "2020-10-01", "2020-10-31", "Oct-20")]
    [InlineData("Sep-20", PeriodKind.Month, "2020-09-01", "2020-09-30", "Sep-20")]
    [InlineData("Q2 2025/26", PeriodKind.Quarter, "2025-07-01", "2025-09-30", "Q2 2025/26")]
    [InlineData("Quarter 2 2025/26", PeriodKind.Quarter, "2025-07-01", "2025-09-30", "Q2 2025/26")]
    [InlineData("Quarter 2 of 2025/26", PeriodKind.Quarter, "2025-07-01", "2025-09-30", "Q2 2025/26")]
    [InlineData("Quarter 1 2025/26", PeriodKind.Quarter, "2025-04-01", "2025-06-30", "Q1 2025/26")]
    [InlineData("Q3 2021/22", PeriodKind.Quarter, "2021-10-01", "2021-12-31", "Q3 2021/22")]
    [InlineData("Q4 2019/20", PeriodKind.Quarter, "2020-01-01", "2020-03-31", "Q4 2019/20")]
    [InlineData("2025/26 Q2", PeriodKind.Quarter, "2025-07-01", "2025-09-30", "Q2 2025/26")]
    [InlineData("2020/21", PeriodKind.FinancialYear, "2020-04-01", "2021-03-31", "2020/21")]
    [InlineData("2019-20", PeriodKind.FinancialYear, "2019-04-01", "2020-03-31", "2019/20")]
    [InlineData("2017-18", PeriodKind.FinancialYear, "2017-04-01", "2018-03-31", "2017/18")]
    [InlineData("2016-17", PeriodKind.FinancialYear, "2016-04-01", "2017-03-31", "2016/17")]
    [InlineData("2022/23", PeriodKind.FinancialYear, "2022-04-01", "2023-03-31", "2022/23")]
    [InlineData("2018", PeriodKind.CalendarYear, "2018-01-01", "2018-12-31", "2018")]
    [InlineData("October 2020", PeriodKind.Month, "2020-10-01", "2020-10-31", "Oct-20")]
    [InlineData("2020-10", PeriodKind.Month, "2020-10-01", "2020-10-31", "Oct-20")]
    [InlineData("oct 2020", PeriodKind.Month, "2020-10-01", "2020-10-31", "Oct-20")]
    [InlineData("Sept 2025", PeriodKind.Month, "2025-09-01", "2025-09-30", "Sep-25")]
    [InlineData("  q1   2024/2025 ", PeriodKind.Quarter, "2024-04-01", "2024-06-30", "Q1 2024/25")]
    [InlineData("Q4 2099/00", PeriodKind.Quarter, "2100-01-01", "2100-03-31", "Q4 2099/00")]
    [InlineData("AY 2017/18", PeriodKind.AcademicYear, "2017-09-01", "2018-08-31", "AY 2017/18")]
    [InlineData("academic year 2017-18", PeriodKind.AcademicYear, "2017-09-01", "2018-08-31", "AY 2017/18")]
    public void Parses_the_labels_councils_write(string text, PeriodKind kind, string start, string end, string label)
    {
        var period = Period.Parse(text);

        Assert.Equal(kind, period.Kind);
        Assert.Equal(DateOnly.Parse(start), period.Start);
        Assert.Equal(DateOnly.Parse(end), period.End);
        Assert.Equal(label, period.Label);
        Assert.Equal(period, Period.Parse(period.Label));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Q5 2025/26")]
    [InlineData("Q2 2025/27")]
    [InlineData("2019/21")]
    [InlineData("Octember 2020")]
    [InlineData("2020-13")]
    [InlineData("Oct")]
    [InlineData("last month")]
    [InlineData("13/10/2020")]
    public void Refuses_what_is_not_a_period(string text)
    {
        Assert.False(Period.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => Period.Parse(text));
        Assert.Contains("Q2 2025/26", error.Message);
    }

    [Theory]
    [InlineData("0000")]
    [InlineData("9999")]
    [InlineData("1899")]
    [InlineData("2200")]
    [InlineData("0000-01")]
    [InlineData("9999-12")]
    [InlineData("Jan 9999")]
    [InlineData("9999/00")]
    [InlineData("Q1 9998/99")]
    [InlineData("AY 9999/00")]
    [InlineData("1899/00")]
    public void Refuses_a_year_outside_1900_to_2199(string text) => Assert.False(Period.TryParse(text, out _));

    [Theory]
    [InlineData("1900", "1900-01-01")]
    [InlineData("2199", "2199-01-01")]
    [InlineData("1900-02", "1900-02-01")]
    [InlineData("Dec 2199", "2199-12-01")]
    [InlineData("Q4 2199/00", "2200-01-01")]
    public void Accepts_the_first_and_last_years(string text, string start) => Assert.Equal(DateOnly.Parse(start), Period.Parse(text).Start);

    [Fact]
    public void Every_period_of_every_kind_from_1900_to_2199_formats_to_a_label_that_reads_back_as_itself()
    {
        var periods = Enumerable.Range(1900, 300).SelectMany(year =>
            Enumerable.Range(1, 12).Select(m => Period.Month(year, m))
                .Concat(Enumerable.Range(1, 4).Select(q => Period.Quarter(year, q)))
                .Append(Period.FinancialYear(year)).Append(Period.AcademicYear(year)).Append(Period.CalendarYear(year)));
        foreach (var period in periods)
        {
            Assert.True(Period.TryParse(period.Label, out var read), $"{period.Kind} {period.Year}/{period.Number}: '{period.Label}' did not parse");
            Assert.Equal(period, read);
        }
    }

    [Fact]
    public void Every_period_label_in_the_seed_reports_parses_and_formats_back()
    {
        // The lines of the seed reports that hold a label, copied into the repository (a test reads nothing outside the repository).
        var lines = File.ReadLines(Path.Combine(TestPaths.RepoRoot, "tests", "PerfBot.Tests", "Indicators", "seed-period-lines.txt"))
            .Where(line => !line.StartsWith('#'));
        var labels = lines
            .SelectMany(line => System.Text.RegularExpressions.Regex.Matches(line,
                @"\b(Q[1-4] \d{4}/\d{2}|Quarter [1-4] \d{4}/\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{2}|20\d{2}[/-]\d{2})\b"))
            .Select(match => match.Value)
            .Distinct()
            .ToList();

        Assert.Contains("Oct-20", labels);
        Assert.Contains("Q3 2021/22", labels);
        Assert.Contains("2017-18", labels);
        foreach (var label in labels)
        {
            Assert.True(Period.TryParse(label, out var period), $"'{label}' from the seeds did not parse");
            Assert.Equal(period, Period.Parse(period.Label));
        }
    }

    [Fact]
    public void Previous_and_same_period_last_year_cross_year_boundaries()
    {
        Assert.Equal(Period.Parse("Dec-19"), Period.Parse("Jan-20").Previous());
        Assert.Equal(Period.Parse("Q4 2024/25"), Period.Parse("Q1 2025/26").Previous());
        Assert.Equal(Period.Parse("Q1 2025/26"), Period.Parse("Q4 2024/25").Next());
        Assert.Equal(Period.Parse("2016/17"), Period.Parse("2017/18").Previous());
        Assert.Equal(Period.Parse("Oct-19"), Period.Parse("Oct-20").SamePeriodLastYear());
        Assert.Equal(Period.Parse("Q2 2024/25"), Period.Parse("Q2 2025/26").SamePeriodLastYear());
        Assert.Equal(Period.Parse("Q3 2023/24"), Period.Parse("Q2 2025/26").Shift(-7));
    }

    [Fact]
    public void Orders_by_end_date_with_the_longer_period_first_when_they_end_together()
    {
        var periods = new[] { "Oct-25", "Sep-25", "Q2 2025/26", "Jul-25", "2024/25", "Q1 2025/26" }.Select(Period.Parse).Order().Select(p => p.Label);

        Assert.Equal(["2024/25", "Q1 2025/26", "Jul-25", "Q2 2025/26", "Sep-25", "Oct-25"], periods);
    }

    [Fact]
    public void Quarters_contain_their_months_and_dates_find_their_periods()
    {
        var q2 = Period.Parse("Q2 2025/26");
        Assert.True(q2.Contains(Period.Parse("Jul-25")));
        Assert.True(q2.Contains(Period.Parse("Sep-25")));
        Assert.False(q2.Contains(Period.Parse("Oct-25")));
        Assert.Equal(q2, Period.Containing(PeriodKind.Quarter, new DateOnly(2025, 8, 15)));
        Assert.Equal(Period.Parse("Q4 2025/26"), Period.Containing(PeriodKind.Quarter, new DateOnly(2026, 3, 31)));
        Assert.Equal(Period.Parse("2025/26"), Period.Containing(PeriodKind.FinancialYear, new DateOnly(2026, 1, 5)));
        Assert.Equal(Period.Parse("Q1 2025/26"), Period.LatestEndedBy(PeriodKind.Quarter, new DateOnly(2025, 9, 29)));
        Assert.Equal(q2, Period.LatestEndedBy(PeriodKind.Quarter, new DateOnly(2025, 9, 30)));
        Assert.Equal("July–September 2025", q2.Describe());
        Assert.Equal("April 2017–March 2018", Period.Parse("2017-18").Describe());
    }
}
