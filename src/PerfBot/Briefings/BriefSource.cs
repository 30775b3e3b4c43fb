using PerfBot.Committees;
using PerfBot.Store;

namespace PerfBot.Briefings;

/// <summary>Reads from the store everything a committee's brief is composed from.</summary>
public sealed class BriefSource(Database database)
{
    private readonly IndicatorRepository indicators = new(database);
    private readonly CommitteeRepository committees = new(database);

    public IReadOnlyList<Committee> Committees() => committees.Committees();

    public IReadOnlyList<Meeting> Meetings(long committeeId) => committees.Meetings(committeeId);

    public BriefInputs Read(Committee committee, Meeting meeting, DateOnly composedOn)
    {
        var all = indicators.AllMeasurements();
        var histories = indicators.Indicators()
            .Where(i => i.Committees.Contains(committee.Name, StringComparer.Ordinal))
            .Select(i => new IndicatorHistory(i, all[i.Id].ToList(), indicators.Benchmarks(i.Id)))
            .ToList();
        return new BriefInputs(committee, meeting, composedOn, histories, committees.Risks(committee.Id), committees.ForwardPlan(committee.Id));
    }
}
