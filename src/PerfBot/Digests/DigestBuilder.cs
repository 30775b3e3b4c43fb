using PerfBot.Committees;
using PerfBot.Store;

namespace PerfBot.Digests;

/// <summary>Reads what a committee's digest needs from the store and composes it.</summary>
public sealed class DigestBuilder(IndicatorRepository indicators, DigestStore digests)
{
    /// <param name="week">The digest's week: changes are measured from the committee's last digest before it.</param>
    public Digest Build(Committee committee, DateOnly asOf, string week)
    {
        var statuses = indicators.StatusesOfCommittee(committee.Id, asOf);
        return DigestComposer.Compose(committee, statuses, asOf, digests.PreviousSnapshot(committee.Id, week));
    }
}
