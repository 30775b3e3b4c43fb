using PerfBot.Store;

namespace PerfBot.Tests;

/// <summary>A store file of its own for one test, loaded with the demo data, deleted afterwards.</summary>
internal sealed class TestStore : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"perfbot-test-{Guid.NewGuid():N}.db");

    public Database Database { get; }

    public TestStore() => Database = StoreOpener.Open(Path);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            try { File.Delete(Path + suffix); } catch (IOException) { }
    }
}

/// <summary>A clock the test sets: DST, misfire and "today" tests never read the machine's clock.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
