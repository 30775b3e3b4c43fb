namespace PerfBot.Indicators;

public enum PeriodKind
{
    Month,
    /// <summary>A quarter of the UK financial year: Q1 is April–June.</summary>
    Quarter,
    /// <summary>April to March.</summary>
    FinancialYear,
    /// <summary>September to August, for school measures.</summary>
    AcademicYear,
    CalendarYear,
}
