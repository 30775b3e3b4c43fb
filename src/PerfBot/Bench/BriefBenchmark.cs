using PerfBot.Committees;
using PerfBot.Briefings;
using PerfBot.Store;

namespace PerfBot.Bench;

/// <summary>
/// A chair's pre-meeting brief for one committee, as the briefing job makes it: read the committee's indicators'
/// histories, compose, and write the Word document. Timed first in a fresh process and then warm, like the digests.
/// </summary>
public static class BriefBenchmark
{
    public sealed record Result(string Committee, int Indicators, int Red, int AmberWorsening, double Milliseconds, double WarmMilliseconds, int DocumentKb);

    public static Result Run(Database store, string committeeName, DateOnly meeting, DateOnly composedOn)
    {
        var source = new BriefSource(new IndicatorRepository(store), new CommitteeRepository(store));
        var committee = source.Committees().Single(c => c.Name == committeeName);
        var on = source.Meetings(committee.Id).Single(m => m.Date == meeting);
        Brief? brief = null;
        byte[] document = [];
        void Make()
        {
            var inputs = source.Read(committee, on, composedOn);
            brief = BriefComposer.Compose(inputs);
            document = BriefDocument.Write(brief);
        }
        var first = Measure.Time(Make);
        var warm = Measure.Time(Make);
        var indicators = new IndicatorRepository(store).Indicators(committee.Id).Count;
        return new Result(committee.Name, indicators, brief!.Red.Count, brief.AmberWorsening.Count, Math.Round(first), Math.Round(warm), document.Length / 1024);
    }
}
