using PerfBot.Tests.Support;
using System.Text.Json;

namespace PerfBot.Tests.Cli;

/// <summary>perfbot digest and perfbot schedule as real processes.</summary>
public sealed class DigestCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("perfbot-digest-cli-").FullName;
    private string Db => Path.Combine(_folder, "perfbot.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Digest_dry_run_json_lists_the_exceptions_with_period_value_target_rag_direction_and_stale()
    {
        var (exit, output, error) = ChildProcess.Perfbot("--db", Db, "digest", "--committee", "People and Health", "--as-of", "2025-10-06", "--dry-run", "--json");

        Assert.True(exit == 0, error);
        var digest = JsonDocument.Parse(output).RootElement;
        Assert.Equal("People and Health Scrutiny Committee", digest.GetProperty("committee").GetString());
        Assert.Equal("2025-10-06", digest.GetProperty("as_of").GetString());
        var exceptions = digest.GetProperty("exceptions").EnumerateArray().ToList();
        Assert.Equal(16, exceptions.Count);
        var lac = exceptions.Single(e => e.GetProperty("name").GetString() == "Percentage of looked after children placed outside the council area");
        Assert.Equal(("Q2 2025/26", 45.22, 30.0, "red", "worsening"),
            (lac.GetProperty("period").GetString(), lac.GetProperty("value").GetDouble(), lac.GetProperty("target").GetDouble(),
             lac.GetProperty("rag").GetString(), lac.GetProperty("direction").GetString()));
        Assert.Equal(JsonValueKind.Null, lac.GetProperty("change").ValueKind); // the first digest: nothing to compare with
        Assert.Contains(digest.GetProperty("stale").EnumerateArray(), s => s.GetProperty("latest_period").GetString() == "Oct-20");
        Assert.StartsWith("People and Health Scrutiny Committee: performance digest as of 6 October 2025", digest.GetProperty("text").GetString());
    }

    [Fact]
    public void Digest_dry_run_stores_nothing()
    {
        ChildProcess.Perfbot("--db", Db, "digest", "--committee", "people & health scrutiny", "--as-of", "2025-10-06", "--dry-run");

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM digests) + (SELECT count(*) FROM outbox)";
        Assert.Equal(0L, command.ExecuteScalar());
    }

    [Fact]
    public void An_unknown_committee_gets_the_list_of_committees()
    {
        var (exit, _, error) = ChildProcess.Perfbot("--db", Db, "digest", "--committee", "Planning", "--dry-run");

        Assert.Equal(1, exit);
        Assert.Contains("There is no committee called 'Planning'. Committees: People and Health Scrutiny Committee.", error);
    }

    [Fact]
    public void Schedule_lists_the_next_fire_time_of_every_job_and_takes_a_committees_own_cron()
    {
        var (exit, output, error) = ChildProcess.Perfbot("--db", Db, "schedule", "--committee", "people and health", "--cron", "0 0 9 ? * TUE", "--json");

        Assert.True(exit == 0, error);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        // Every job the host runs, whichever feature put it there (no calendar or workbook sync: neither is configured).
        Assert.Equal(["briefings-due", "commentary-nudges", "digest-1", "officer-alerts", "outbox-retry", "unanswered-questions"], rows.Select(r => r.GetProperty("job").GetString()).Order());
        JsonElement Row(string job) => rows.Single(r => r.GetProperty("job").GetString() == job);
        Assert.Equal("0 0 9 ? * TUE", Row("digest-1").GetProperty("cron").GetString());
        Assert.StartsWith("Tue ", Row("digest-1").GetProperty("next_fire_local").GetString());
        Assert.Contains(" 09:00 ", Row("digest-1").GetProperty("next_fire_local").GetString());
        Assert.StartsWith("Mon ", Row("officer-alerts").GetProperty("next_fire_local").GetString());
        Assert.Contains(" 07:00 ", Row("briefings-due").GetProperty("next_fire_local").GetString());
    }
}
