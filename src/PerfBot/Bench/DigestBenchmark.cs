using PerfBot.Digests;
using PerfBot.Council;
using PerfBot.Committees;
using PerfBot.Delivery;
using PerfBot.Store;

namespace PerfBot.Bench;

/// <summary>
/// Composing every committee's weekly digest from the store, as the Monday jobs do (without sending): the first pass in
/// a fresh process (code not yet optimised by the JIT, pages not yet cached), then the same again warm, as in a bot
/// that has been serving for a while.
/// </summary>
public static class DigestBenchmark
{
    public sealed record Result(int Committees, int Indicators, int Exceptions, double Milliseconds, double WarmMilliseconds);

    public static Result Run(Database store, DateOnly asOf)
    {
        var indicators = new IndicatorRepository(store);
        var builder = new DigestBuilder(indicators, new DigestStore(store, TimeProvider.System, new Outbox(store, TimeProvider.System)));
        var committees = new CommitteeRepository(store).Committees();
        var week = CouncilClock.WeekOf(asOf);
        var exceptions = 0;
        void BuildAll()
        {
            exceptions = 0;
            foreach (var committee in committees)
                exceptions += builder.Build(committee, asOf, week).Exceptions.Count();
        }
        var first = Measure.Time(BuildAll);
        var warm = Measure.Time(BuildAll);
        return new Result(committees.Count, indicators.Indicators().Count, exceptions, Math.Round(first), Math.Round(warm));
    }
}
