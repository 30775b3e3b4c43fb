namespace PerfBot.Indicators;

/// <summary>Whether an indicator's newest data is too old to present as current.</summary>
public static class Staleness
{
    /// <summary>Data two reporting periods behind the last period that has ended is overdue.</summary>
    public const int DefaultPeriodsAllowed = 2;

    /// <summary>How many periods of the indicator's frequency ended after the data's period and by the date.</summary>
    public static int PeriodsBehind(Period latest, Frequency frequency, DateOnly asOf)
    {
        var expected = Period.LatestEndedBy(Words.PeriodKindOf(frequency), asOf);
        var behind = 0;
        for (var p = expected; p.End > latest.End && behind < 10_000; p = p.Previous()) behind++;
        return behind;
    }

    public static bool IsStale(Period latest, Frequency? frequency, DateOnly asOf, int periodsAllowed = DefaultPeriodsAllowed) =>
        PeriodsBehind(latest, frequency ?? FrequencyOf(latest.Kind), asOf) >= periodsAllowed;

    /// <summary>When an indicator does not say how often it reports, its periods do.</summary>
    public static Frequency FrequencyOf(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => Frequency.Monthly,
        PeriodKind.Quarter => Frequency.Quarterly,
        _ => Frequency.Annual,
    };
}
