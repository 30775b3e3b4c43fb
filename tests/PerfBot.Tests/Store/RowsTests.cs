using Dapper;
using PerfBot.Committees;
using PerfBot.Store;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Store;

/// <summary>
/// Rows read column by column, on SQLite through SQLitePCLRaw itself: NULL, empty and non-ASCII text, and numbers must
/// come back as Microsoft.Data.Sqlite and Npgsql give them; and a digest's read must not wait for an import's write lock.
/// </summary>
public sealed class RowsTests
{
    [Theory, MemberData(nameof(StoreEngines.Both), MemberType = typeof(StoreEngines))]
    public void Columns_read_by_position_give_nulls_empty_texts_and_numbers_as_stored(StoreEngine engine)
    {
        using var store = TempStore.WithDemoData(engine);
        using var connection = store.Database.Open();
        using var rows = Rows.Query(connection, null, """
            SELECT CAST(@n AS BIGINT), CAST(NULL AS TEXT), '', '£1.5m café', CAST(2.5 AS DOUBLE PRECISION), CAST(NULL AS DOUBLE PRECISION)
            """, "n", 9_000_000_001);

        Assert.True(rows.Next());
        Assert.Equal(9_000_000_001, rows.Int64(0));
        Assert.Null(rows.Text(1));
        Assert.Equal("", rows.Text(2));
        Assert.Equal("£1.5m café", rows.Text(3));
        Assert.Equal(2.5, rows.Number(4));
        Assert.Null(rows.Number(5));
        Assert.False(rows.Next());
    }

    [Fact]
    public void A_query_naming_no_such_parameter_says_which_it_lacks()
    {
        using var store = TempStore.WithDemoData();
        using var connection = store.Database.Open();

        var error = Assert.Throws<ArgumentException>(() => Rows.Query(connection, null, "SELECT 1", "committeeId", 1));

        Assert.Contains("@committeeId", error.Message);
    }

    [Fact]
    public async Task A_committees_statuses_are_read_while_an_import_holds_the_write_lock()
    {
        using var store = TempStore.WithDemoData();
        var committee = new CommitteeRepository(store.Database).Committees().First();
        using var writer = store.Database.Open();
        using var import = writer.BeginTransaction();
        writer.Execute("UPDATE store_version SET version = version + 1 WHERE id = 1", transaction: import);

        // Taking the write lock itself, the read would wait out the busy timeout and then fail.
        var read = Task.Run(() => new IndicatorRepository(store.Database).StatusesOfCommittee(committee.Id, new DateOnly(2025, 10, 6)));

        var statuses = await read.WaitAsync(TimeSpan.FromSeconds(10)); // a TimeoutException when it waited for the writer
        Assert.NotEmpty(statuses);
        import.Rollback();
    }
}
