using Dapper;
using PerfBot.Store;
using PerfBot.Store.Import;

namespace PerfBot.Tests.Store;

/// <summary>An import enlarges its SQLite connection's page cache for its transaction and gives the pages back after.</summary>
public sealed class ImportSessionTests : IDisposable
{
    private readonly TempStore _store = TempStore.Empty(StoreEngine.Sqlite, "People and Health Scrutiny Committee");

    public void Dispose() => _store.Dispose();

    [Fact]
    public void The_pooled_connection_an_import_used_goes_back_with_the_default_page_cache()
    {
        // A temporary table lives as long as its connection, so it tells the pooled connection the import took apart from a new one.
        using (var connection = _store.Database.Open())
        {
            connection.Execute("CREATE TEMP TABLE pooled_marker (x INTEGER)");
            Assert.Equal(-2000, connection.ExecuteScalar<long>("PRAGMA cache_size"));
        }

        MeasureImporter.Import(_store.Database, _store.WriteFile("q2.csv",
            "Indicator,Period,Value,Committee\nFoster carers,Q2 2025/26,206,People and Health Scrutiny Committee\n"));

        using var after = _store.Database.Open();
        Assert.Equal(0, after.ExecuteScalar<long>("SELECT count(*) FROM temp.pooled_marker"));
        Assert.Equal(-2000, after.ExecuteScalar<long>("PRAGMA cache_size"));
    }
}
