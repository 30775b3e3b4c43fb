using PerfBot.Briefings;
using PerfBot.Committees;
using PerfBot.Store;

namespace PerfBot.Tests.Briefings;

/// <summary>A fresh demo store (<see cref="TempStore.WithDemoData"/>) with the People and Health committee and its briefs at hand.</summary>
internal sealed class DemoStore(StoreEngine engine = StoreEngine.Sqlite) : IDisposable
{
    private readonly TempStore store = TempStore.WithDemoData(engine);

    public Database Database => store.Database;

    public Committee PeopleAndHealth => ((CommitteeNames.Found)CommitteeNames.Resolve("People and Health", new CommitteeRepository(Database).Committees())).Committee;

    public Brief BriefFor(DateOnly meeting)
    {
        var source = new BriefSource(new IndicatorRepository(Database), new CommitteeRepository(Database));
        var stored = source.Meetings(PeopleAndHealth.Id).Single(m => m.Date == meeting);
        return BriefComposer.Compose(source.Read(PeopleAndHealth, stored, BriefDueDates.ComposeOn(stored, new CommitteeBriefingSettingsStore(Database).For(PeopleAndHealth.Id))));
    }

    public void Dispose() => store.Dispose();
}
