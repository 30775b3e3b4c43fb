using PerfBot.Committees;
using PerfBot.Store;

namespace PerfBot.Bench;

/// <summary>Building every committee's exception digest from the store: statuses read once, then sorted per committee.</summary>
public static class DigestBenchmark
{
    public sealed record Result(int Committees, int Indicators, int Exceptions, double Milliseconds);

    public static Result Run(Database store, DateOnly asOf)
    {
        var exceptions = 0;
        var committees = 0;
        var indicators = 0;
        var ms = Measure.Time(() =>
        {
            var statuses = new IndicatorRepository(store).Statuses(asOf);
            indicators = statuses.Count;
            foreach (var committee in statuses.SelectMany(s => s.Indicator.Committees).Distinct())
            {
                var report = ExceptionReport.From(statuses.Where(s => s.Indicator.Committees.Contains(committee)));
                exceptions += report.Red.Count + report.AmberWorsening.Count;
                committees++;
            }
        });
        return new Result(committees, indicators, exceptions, Math.Round(ms));
    }
}
