using PerfBot.Committees;
using PerfBot.Store;

namespace PerfBot.Briefings;

/// <summary>Reads from the store everything a committee's brief is composed from.</summary>
public sealed class BriefSource(IndicatorRepository indicators, CommitteeRepository committees)
{
    public IReadOnlyList<Committee> Committees() => committees.Committees();

    public IReadOnlyList<Meeting> Meetings(long committeeId) => committees.Meetings(committeeId);

    public BriefInputs Read(Committee committee, Meeting meeting, DateOnly composedOn)
    {
        // The committee's own indicators' histories, each read by its key: not every measurement in the store.
        var histories = indicators.Indicators(committee.Id)
            .Select(i =>
            {
                var (history, _, benchmarks) = indicators.HistoryAndBenchmarks(i.Id);
                return new IndicatorHistory(i, history, benchmarks);
            })
            .ToList();
        return new BriefInputs(committee, meeting, composedOn, histories, committees.Risks(committee.Id), committees.ForwardPlan(committee.Id));
    }
}
