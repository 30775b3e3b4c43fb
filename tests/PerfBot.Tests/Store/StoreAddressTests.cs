using Npgsql;
using PerfBot.Store;

namespace PerfBot.Tests.Store;

/// <summary>What --db and PERFBOT_DB accept: a SQLite path, a PostgreSQL URL, or an Npgsql connection string.</summary>
public sealed class StoreAddressTests
{
    [Theory]
    [InlineData("data/perfbot.db")]
    [InlineData("/var/lib/perfbot/store.db")]
    [InlineData("a=b.db")]
    public void A_path_is_a_sqlite_file(string path)
    {
        var address = StoreAddress.Parse(path);
        Assert.Equal(StoreEngine.Sqlite, address.Engine);
        Assert.Equal(Path.GetFullPath(path), address.SqlitePath);
    }

    [Theory]
    [InlineData("postgresql://perfbot:s3cret@db.council.example:6543/perf")]
    [InlineData("postgres://perfbot:s3cret@db.council.example:6543/perf")]
    [InlineData("Host=db.council.example;Port=6543;Database=perf;Username=perfbot;Password=s3cret")]
    public void A_url_or_a_connection_string_is_postgres(string value)
    {
        var address = StoreAddress.Parse(value);
        var built = new NpgsqlConnectionStringBuilder(address.ConnectionString);
        Assert.Equal(StoreEngine.Postgres, address.Engine);
        Assert.Equal("perf", built.Database);
        Assert.Equal("perfbot", built.Username);
        Assert.Equal("s3cret", built.Password);
        Assert.Contains("db.council.example", built.Host);
        Assert.DoesNotContain("s3cret", address.Description);
        Assert.Contains("perf", address.Description);
    }

    [Fact]
    public void Url_parts_are_percent_decoded_and_query_options_become_npgsql_settings()
    {
        var address = StoreAddress.Parse("postgresql://council%40tenant:p%40ss%3Aw%2Fd@[::1]:5433/perf%20bot?sslmode=verify-full&application_name=PerfBot&connect_timeout=7");
        var built = new NpgsqlConnectionStringBuilder(address.ConnectionString);
        Assert.Equal("council@tenant", built.Username);
        Assert.Equal("p@ss:w/d", built.Password);
        Assert.Equal("perf bot", built.Database);
        Assert.Equal("[::1]", built.Host);
        Assert.Equal(5433, built.Port);
        Assert.Equal(SslMode.VerifyFull, built.SslMode);
        Assert.Equal("PerfBot", built.ApplicationName);
        Assert.Equal(7, built.Timeout);
    }

    [Fact]
    public void Several_hosts_are_kept_for_failover()
    {
        var built = new NpgsqlConnectionStringBuilder(StoreAddress.Parse("postgresql://u:p@primary:5432,standby:5433/perf?target_session_attrs=primary").ConnectionString);
        Assert.Equal("primary:5432,standby:5433", built.Host);
        Assert.Equal("primary", built.TargetSessionAttributes);
    }

    [Theory]
    [InlineData("postgresql://u:hunter2@host/", "names no database")]
    [InlineData("postgresql://u:hunter2@/perf", "names no host")]
    [InlineData("postgresql://u:hunter2@host:port/perf", "a port is a number")]
    [InlineData("postgresql://u:hunter2@host/perf?sslmode=sometimes", "sslmode=sometimes")]
    [InlineData("postgresql://u:hunter2@host/perf?colour=blue", "'colour'")]
    [InlineData("postgresql://u:hunter2@host/a/b", "more than one '/'")]
    [InlineData("Host=db;Password=hunter2", "names no database")]
    [InlineData("Host=db;Database=perf;Password=hunter2;Flavour=mint", "not valid")]
    [InlineData("  ", "is empty")]
    public void A_malformed_address_is_one_plain_sentence_without_the_password(string value, string says)
    {
        var problem = Assert.Throws<StoreProblemException>(() => StoreAddress.Parse(value));
        Assert.Contains(says, problem.Message);
        Assert.DoesNotContain("hunter2", problem.Message);
        Assert.DoesNotContain("\n", problem.Message);
        Assert.EndsWith(".", problem.Message);
    }
}
