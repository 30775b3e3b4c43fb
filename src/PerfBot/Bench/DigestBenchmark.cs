using PerfBot.Committees;
using PerfBot.Digests.Delivery;
using PerfBot.Store;

namespace PerfBot.Bench;

/// <summary>Composing every committee's weekly digest from the store, as the Monday job does (without sending).</summary>
public static class DigestBenchmark
{
    public sealed record Result(int Committees, int Indicators, int Exceptions, double Milliseconds);

    public static Result Run(Database store, DateOnly asOf)
    {
        var indicators = new IndicatorRepository(store);
        var builder = new DigestBuilder(indicators, new DigestStore(store, TimeProvider.System, new Outbox(store, TimeProvider.System)));
        var committees = new CommitteeRepository(store).Committees();
        var week = DigestStore.WeekOf(asOf);
        var exceptions = 0;
        var ms = Measure.Time(() =>
        {
            foreach (var committee in committees)
                exceptions += builder.Build(committee, asOf, week).Exceptions.Count();
        });
        return new Result(committees.Count, indicators.Indicators().Count, exceptions, Math.Round(ms));
    }
}
