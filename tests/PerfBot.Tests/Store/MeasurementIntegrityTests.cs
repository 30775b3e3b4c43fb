using System.Data.Common;
using Dapper;
using PerfBot.Store;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Store;

/// <summary>
/// A measurement always belongs to an indicator that exists, on either engine: a foreign key on SQLite, statement-level
/// checks on PostgreSQL (migration 0016) that must refuse and cascade as the key did.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class MeasurementIntegrityTests
{
    private const string Insert = """
        INSERT INTO measurements (indicator_id, period, period_start, period_end, value) VALUES (@id, 'Oct-25', '2025-10-01', '2025-10-31', 1)
        """;

    private static long AnIndicator(DbConnection connection) => connection.QueryFirst<long>("SELECT id FROM indicators ORDER BY id");

    [Theory, MemberData(nameof(StoreEngines.Both), MemberType = typeof(StoreEngines))]
    public void A_measurement_of_an_indicator_that_does_not_exist_is_refused_and_nothing_of_its_statement_kept(StoreEngine engine)
    {
        using var store = TempStore.WithDemoData(engine);
        using var connection = store.Database.Open();
        var before = store.Dump();
        var existing = AnIndicator(connection);

        var refused = Assert.ThrowsAny<DbException>(() => connection.Execute("""
            INSERT INTO measurements (indicator_id, period, period_start, period_end, value)
            VALUES (@existing, 'Jan-99', '1999-01-01', '1999-01-31', 1), (987654, 'Oct-25', '2025-10-01', '2025-10-31', 1)
            """, new { existing }));

        Assert.Contains("foreign key", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, store.Dump());
    }

    [Theory, MemberData(nameof(StoreEngines.Both), MemberType = typeof(StoreEngines))]
    public void Moving_a_measurement_to_an_indicator_that_does_not_exist_is_refused(StoreEngine engine)
    {
        using var store = TempStore.WithDemoData(engine);
        using var connection = store.Database.Open();
        var id = AnIndicator(connection);

        Assert.ThrowsAny<DbException>(() => connection.Execute("UPDATE measurements SET indicator_id = 987654 WHERE indicator_id = @id", new { id }));
        Assert.NotEqual(0, connection.ExecuteScalar<long>("SELECT count(*) FROM measurements WHERE indicator_id = @id", new { id }));
    }

    [Theory, MemberData(nameof(StoreEngines.Both), MemberType = typeof(StoreEngines))]
    public void Deleting_an_indicator_takes_its_measurements_and_leaves_the_others(StoreEngine engine)
    {
        using var store = TempStore.WithDemoData(engine);
        using var connection = store.Database.Open();
        var id = AnIndicator(connection);
        var others = connection.ExecuteScalar<long>("SELECT count(*) FROM measurements WHERE indicator_id <> @id", new { id });

        connection.Execute("DELETE FROM indicators WHERE id = @id", new { id });

        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT count(*) FROM measurements WHERE indicator_id = @id", new { id }));
        Assert.Equal(others, connection.ExecuteScalar<long>("SELECT count(*) FROM measurements"));
    }

    [Fact]
    public async Task On_PostgreSQL_an_indicator_being_written_to_cannot_be_deleted_until_the_writer_commits()
    {
        using var store = TempStore.WithDemoData(StoreEngine.Postgres);
        using var writer = store.Database.Open();
        using var other = store.Database.Open();
        var id = AnIndicator(writer);
        using var writing = writer.BeginTransaction();
        writer.Execute(Insert.Replace("'Oct-25', '2025-10-01', '2025-10-31'", "'Jan-99', '1999-01-01', '1999-01-31'"), new { id }, writing);

        var deleting = Task.Run(() => other.Execute("DELETE FROM indicators WHERE id = @id", new { id }));
        var blocked = await Task.WhenAny(deleting, Task.Delay(TimeSpan.FromSeconds(1))) != deleting;
        writing.Commit();
        await deleting.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(blocked, "the delete waited for the writer");
        Assert.Equal(0, writer.ExecuteScalar<long>("SELECT count(*) FROM measurements WHERE indicator_id = @id", new { id }));
    }
}
