using PerfBot.Briefings;

namespace PerfBot.Tests.Briefings;

public sealed class WorkingDaysTests
{
    [Theory]
    [InlineData("2026-01-21", 5, "2026-01-14")] // Wednesday: a week earlier
    [InlineData("2026-01-19", 1, "2026-01-16")] // Monday: the Friday before
    [InlineData("2026-04-01", 5, "2026-03-25")]
    [InlineData("2026-01-18", 1, "2026-01-16")] // a Sunday meeting still counts back over working days
    [InlineData("2026-01-21", 0, "2026-01-21")]
    public void Counts_back_over_weekends(string meeting, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), WorkingDays.Before(DateOnly.Parse(meeting), days));

    [Fact]
    public void Skips_holidays_given_as_data()
    {
        // Good Friday and Easter Monday 2026 (England and Wales), given by the caller: not built in.
        var easter = new HashSet<DateOnly> { new(2026, 4, 3), new(2026, 4, 6) };
        Assert.Equal(new DateOnly(2026, 4, 1), WorkingDays.Before(new DateOnly(2026, 4, 8), 3, easter));
    }
}
