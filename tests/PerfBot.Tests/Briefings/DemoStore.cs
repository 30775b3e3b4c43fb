using PerfBot.Briefings;
using PerfBot.Committees;
using PerfBot.Store;

namespace PerfBot.Tests.Briefings;

/// <summary>A fresh store file with the demo data, one per test, deleted afterwards.</summary>
internal sealed class DemoStore : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("perfbot-brief-").FullName;

    public DemoStore() => Database = StoreOpener.Open(Path.Combine(folder, "perfbot.db"));

    public Database Database { get; }

    public Committee PeopleAndHealth => ((CommitteeNames.Found)CommitteeNames.Resolve("People and Health", new CommitteeRepository(Database).Committees())).Committee;

    public Brief BriefFor(DateOnly meeting)
    {
        var source = new BriefSource(Database);
        var stored = source.Meetings(PeopleAndHealth.Id).Single(m => m.Date == meeting);
        return BriefComposer.Compose(source.Read(PeopleAndHealth, stored, BriefSchedule.ComposeOn(stored, new BriefingSettingsStore(Database).For(PeopleAndHealth.Id))));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
