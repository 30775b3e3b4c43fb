using Dapper;
using PerfBot.Store;
using PerfBot.Tests.Cli;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Store;

/// <summary>What the opener does with a store that is not a finished one: an empty file, a file of something else, a bad address.</summary>
public sealed class StoreOpenerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("perfbot-opener-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void A_zero_byte_file_left_by_a_failed_creation_is_a_new_store_and_gets_the_demo_data()
    {
        var path = Path.Combine(_folder, "perfbot.db");
        File.WriteAllBytes(path, []);
        var log = new StringWriter();

        using var database = StoreOpener.Open(path, log);

        Assert.Contains("loaded the demo data", log.ToString());
        using var connection = database.Open();
        Assert.True(connection.ExecuteScalar<long>("SELECT count(*) FROM measurements") > 0);
        Assert.Equal(Migrator.Latest, connection.ExecuteScalar<long>("SELECT max(number) FROM schema_migrations"));
    }

    [Fact]
    public void A_store_with_tables_is_not_loaded_again()
    {
        var path = Path.Combine(_folder, "perfbot.db");
        StoreOpener.Open(path).Dispose();
        var log = new StringWriter();

        using var database = StoreOpener.Open(path, log);

        Assert.Equal("", log.ToString());
    }

    [Fact]
    public void A_file_that_is_not_a_sqlite_database_is_a_plain_sentence_from_the_command_line()
    {
        var path = Path.Combine(_folder, "report.db");
        File.WriteAllText(path, "Dear councillors, please find the quarterly figures attached and overleaf.\n" + new string('x', 4096));

        var problem = Assert.Throws<StoreProblemException>(() => StoreOpener.Open(path));
        Assert.Contains("is not a SQLite database", problem.Message);
        var (exit, output, error) = ChildProcess.Perfbot("--db", path, "indicators");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal(problem.Message, error.Trim());
        Assert.StartsWith("Dear councillors", File.ReadAllText(path));
    }

    [Fact]
    public void A_malformed_postgres_url_exits_2_with_one_sentence_and_no_password()
    {
        var (exit, output, error) = ChildProcess.Perfbot("--db", "postgresql://perfbot:hunter2@db.example:54x2/perf", "indicators");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("a port is a number", error);
        Assert.DoesNotContain("hunter2", error);
    }

    [Fact]
    public void A_postgres_server_that_refuses_the_password_is_one_sentence_without_it()
    {
        var server = PostgresServer.Shared;
        var (exit, _, error) = ChildProcess.Perfbot("--db", $"postgresql://perfbot:wrong-hunter2@127.0.0.1:{server.Port}/postgres", "indicators");

        Assert.Equal(2, exit);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("password authentication failed", error);
        Assert.DoesNotContain("wrong-hunter2", error);
    }
}
