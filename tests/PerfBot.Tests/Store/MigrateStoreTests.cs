using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PerfBot.Committees;
using PerfBot.Delivery;
using PerfBot.Digests;
using PerfBot.Scheduling;
using PerfBot.Store;
using PerfBot.Store.Move;
using PerfBot.Tests.Cli;
using PerfBot.Tests.Support;
using Quartz;

namespace PerfBot.Tests.Store;

/// <summary><c>perfbot migrate-store</c>: a SQLite store moved into an empty PostgreSQL database, every row, verified.</summary>
[Collection(PostgresCollection.Name)]
public sealed class MigrateStoreTests : IDisposable
{
    private readonly PostgresServer _server = PostgresServer.Shared;
    private readonly string _target;
    private readonly string _folder = Directory.CreateTempSubdirectory("perfbot-move-").FullName;

    public MigrateStoreTests() => _target = _server.CreateDatabase(template: null);

    public void Dispose()
    {
        _server.DropDatabase(_target);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_demo_store_with_its_schedules_moves_row_for_row_and_the_scheduler_finds_its_triggers()
    {
        using var source = TempStore.WithDemoData();
        await ScheduleDigests(source.Database);
        var before = source.Dump(t => !t.StartsWith("qrtz_", StringComparison.Ordinal));

        var (exit, output, error) = ChildProcess.Perfbot("migrate-store", "--from", source.Database.Path, "--to", _server.Url(_target));

        Assert.True(exit == 0, error);
        Assert.Contains("every table's row count and checksum match", output);
        Assert.Matches(@"measurements\s+[\d,]+ rows", output);
        Assert.DoesNotContain(_server.Password, output + error);
        using var moved = new Database(StoreAddress.Parse(_server.Url(_target)));
        Assert.Equal(before, StoreDump.Of(moved, t => !t.StartsWith("qrtz_", StringComparison.Ordinal)));
        using var connection = moved.Open();
        Assert.Equal(Migrator.Latest, connection.ExecuteScalar<long>("SELECT max(number) FROM schema_migrations"));
        Assert.True(connection.ExecuteScalar<long>("SELECT count(*) FROM qrtz_cron_triggers") > 0);
        Assert.Equal(connection.ExecuteScalar<long>("SELECT max(id) FROM indicators") + 1,
            connection.ExecuteScalar<long>("INSERT INTO indicators (code, name, name_key) VALUES ('new', 'New', 'new') RETURNING id"));
        using var host = Host(moved);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.NotNull(await scheduler.GetTrigger(Triggers.KeyOf(DigestJobSchedule.Key(1))));
        await scheduler.Shutdown();
    }

    [Fact]
    public void A_store_from_an_older_release_is_brought_up_to_date_then_moved()
    {
        var path = Path.Combine(_folder, "old.db");
        using (var old = new Database(path))
        using (var connection = old.Open())
        {
            connection.Execute("CREATE TABLE schema_migrations (number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            foreach (var migration in Migrator.For(StoreEngine.Sqlite).Where(m => m.Number <= 6))
            {
                connection.Execute(migration.Sql);
                connection.Execute("INSERT INTO schema_migrations VALUES (@Number, @Name, '2026-01-01')", new { migration.Number, migration.Name });
            }
            connection.Execute("INSERT INTO indicators (id, code, name, name_key, polarity) VALUES (7, 'CS1', 'Foster carers', 'foster carers', 'higher')");
            connection.Execute("""
                INSERT INTO measurements (indicator_id, period, period_start, period_end, value, target, reported_rag, source)
                VALUES (7, 'Sep-25', '2025-09-01', '2025-09-30', 181.5, 200, 'Amber', 'report A'), (7, 'Q2 2025/26', '2025-07-01', '2025-09-30', 181, NULL, NULL, 'report B')
                """);
        }
        var log = new StringWriter();

        var tables = StoreMove.Run(path, StoreAddress.Parse(_server.Url(_target)), log);

        Assert.Contains("up to migration", log.ToString());
        Assert.Equal(2, tables.Single(t => t.Name == "measurements").Rows);
        Assert.Equal(1, tables.Single(t => t.Name == "store_version").Rows);
        using var moved = new Database(StoreAddress.Parse(_server.Url(_target)));
        var figures = new IndicatorRepository(moved).Measurements(7);
        Assert.Equal([181d, 181.5], figures.Select(m => m.Value!.Value).Order());
    }

    [Fact]
    public void A_target_that_is_not_empty_is_refused_with_one_sentence_and_left_alone()
    {
        using var source = TempStore.WithDemoData();
        using (var target = new Npgsql.NpgsqlConnection(_server.ConnectionString(_target)))
        {
            target.Open();
            target.Execute("CREATE TABLE payroll (id BIGINT PRIMARY KEY); INSERT INTO payroll VALUES (1)");
        }

        var (exit, output, error) = ChildProcess.Perfbot("migrate-store", "--from", source.Database.Path, "--to", _server.Url(_target));

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("is not empty", error);
        Assert.Single(error.Trim().Split('\n'));
        using var check = new Npgsql.NpgsqlConnection(_server.ConnectionString(_target));
        check.Open();
        Assert.Equal(["payroll"], check.Query<string>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"));
    }

    /// <summary>What a running service leaves in Quartz's tables: each committee's digest job and its Monday trigger.</summary>
    private static async Task ScheduleDigests(Database database)
    {
        using var host = Host(database);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await host.Services.GetRequiredService<ScheduleSync>().SyncAsync(scheduler, CancellationToken.None);
        await scheduler.Shutdown();
    }

    private static IHost Host(Database database)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration["Schedule:Enabled"] = "false";
        builder.Services.AddStore(database).AddCommittees().AddDelivery(builder.Configuration)
            .AddScheduling(builder.Configuration, database).AddDigests();
        return builder.Build();
    }
}
