using PerfBot.Tests.Support;
using System.Text.Json;
using PerfBot.Tests.Cli;

namespace PerfBot.Tests.Bench;

/// <summary>
/// The benchmark command at a toy size, as a real process: every section is measured and reported. Figures are not
/// asserted (targets are for `perfbot bench` on the real size, not for a test).
/// </summary>
public class BenchCommandTests
{
    /// <summary>
    /// A bench run that starts `perfbot serve` processes: each starts as deployed, compiling all its code fully optimised
    /// (about 6 s of CPU), so on a loaded machine a run with three serves takes longer than a plain command may.
    /// </summary>
    internal static ProcessOutcome BenchWithServes(params string[] arguments) =>
        ChildProcess.RunAsync("dotnet", [ChildProcess.PerfbotDll, .. arguments], timeout: TimeSpan.FromMinutes(5)).GetAwaiter().GetResult();

    [Fact]
    public void A_small_bench_run_reports_every_section_from_the_same_data()
    {
        var (exit, output, error) = BenchWithServes("bench", "--indicators", "60", "--periods", "14", "--samples", "60", "--json",
            "--only", "import,answers,digests,brief,accuracy,end-to-end");

        Assert.True(exit == 0, error);
        var report = JsonDocument.Parse(output[output.IndexOf('{')..]).RootElement;
        Assert.Equal(60 * 14, report.GetProperty("import").GetProperty("rows").GetInt64());
        Assert.True(report.GetProperty("import").GetProperty("perf_bot_rows_per_second").GetDouble() > 0);
        Assert.Equal(60, report.GetProperty("raw_lookup").GetProperty("samples").GetInt32());
        Assert.Equal(60, report.GetProperty("answers").GetProperty("answer").GetProperty("samples").GetInt32());
        Assert.Equal(50, report.GetProperty("digests").GetProperty("committees").GetInt32());
        Assert.True(report.GetProperty("brief").GetProperty("indicators").GetInt32() > 0);
        Assert.True(report.GetProperty("brief").GetProperty("document_kb").GetInt32() > 0);
        Assert.Equal(60, report.GetProperty("end_to_end").GetProperty("replies_received").GetInt32());
        Assert.True(report.GetProperty("end_to_end").GetProperty("serve_peak_rss_mb").GetDouble() > 0);
        var sets = report.GetProperty("accuracy").GetProperty("sets").EnumerateArray().ToList();
        Assert.Equal(["development", "development conversations", "independent", "independent conversations", "held-out", "held-out conversations", "unseen", "unseen conversations", "fresh", "fresh conversations", "blind", "blind conversations"], sets.Select(s => s.GetProperty("set").GetString()));
        Assert.True(sets[0].GetProperty("questions").GetInt32() >= 200);
        Assert.True(sets[2].GetProperty("questions").GetInt32() >= 300);
        Assert.True(sets[3].GetProperty("conversations").GetInt32() >= 40);
        Assert.All(sets, s => Assert.InRange(s.GetProperty("perf_bot_top1").GetDouble(), 0.01, 1));
        Assert.Equal(JsonValueKind.Null, report.GetProperty("accuracy").GetProperty("embedding").ValueKind);
        Assert.Equal(60, report.GetProperty("answers").GetProperty("with_context").GetProperty("samples").GetInt32());
        Assert.True(report.GetProperty("answers").GetProperty("follow_ups_resolved").GetDouble() > 0.5);
        Assert.Equal(30, report.GetProperty("end_to_end").GetProperty("follow_ups").GetProperty("samples").GetInt32());
        Assert.True(report.GetProperty("end_to_end").GetProperty("serve_cpu_ms_per_question").GetDouble() > 0);
        Assert.Equal(60, report.GetProperty("answers").GetProperty("first_pass").GetProperty("samples").GetInt32());
        var collections = report.GetProperty("answers").GetProperty("during_answers");
        Assert.True(collections.GetProperty("allocated_kb_per_call").GetDouble() > 0);
        Assert.InRange(collections.GetProperty("calls_with_collection").GetInt32(), 0, 60);
        Assert.True(collections.GetProperty("p99_without_collection_ms").GetDouble() > 0);
    }

    [Fact]
    public void Only_the_sections_named_are_measured_and_an_unknown_one_is_refused_with_the_list()
    {
        var (exit, output, error) = ChildProcess.Perfbot("bench", "--indicators", "40", "--periods", "3", "--samples", "20", "--only", "digests", "--json");

        Assert.True(exit == 0, error);
        var report = JsonDocument.Parse(output[output.IndexOf('{')..]).RootElement;
        Assert.Equal(50, report.GetProperty("digests").GetProperty("committees").GetInt32());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("answers").ValueKind);
        Assert.Equal(JsonValueKind.Null, report.GetProperty("end_to_end").ValueKind);

        var (refused, _, why) = ChildProcess.Perfbot("bench", "--only", "speed");
        Assert.Equal(2, refused);
        Assert.Contains("unknown section 'speed'; the sections are import, answers, digests, brief, accuracy, embedding, end-to-end, preview", why);
    }

    [Fact]
    public void The_embedding_fallback_reports_its_latency_memory_and_what_it_would_change()
    {
        var (exit, output, error) = ChildProcess.Perfbot("bench", "--indicators", "20", "--periods", "3", "--samples", "10", "--only", "embedding", "--json");

        Assert.True(exit == 0, error);
        var embedding = JsonDocument.Parse(output[output.IndexOf('{')..]).RootElement.GetProperty("accuracy").GetProperty("embedding");
        Assert.True(embedding.GetProperty("names_embedded").GetInt32() > 44);
        Assert.True(embedding.GetProperty("rss_added_mb").GetDouble() > 0);
        Assert.True(embedding.GetProperty("encode").GetProperty("p50_ms").GetDouble() > 0);
        Assert.InRange(embedding.GetProperty("top1_with").GetDouble(), 0.01, 1);
        Assert.InRange(embedding.GetProperty("threshold").GetDouble(), 0.1, 1.02);
    }
}

/// <summary>The benchmark on a PostgreSQL database at a toy size: the sections only PostgreSQL has are measured and reported.</summary>
[Collection(PostgresCollection.Name)]
public class PostgresBenchCommandTests
{
    [Fact]
    public void On_postgresql_the_lookups_are_timed_with_multiplexing_off_and_on_and_two_instances_answer_every_question_once()
    {
        var database = PostgresServer.Shared.CreateDatabase(template: null);
        try
        {
            var (exit, output, error) = BenchCommandTests.BenchWithServes("--db", PostgresServer.Shared.Url(database), "bench", "--indicators", "60", "--periods", "14", "--samples", "60",
                "--only", "answers,end-to-end", "--json");

            Assert.True(exit == 0, error);
            var report = JsonDocument.Parse(output[output.IndexOf('{')..]).RootElement;
            Assert.Equal("Postgres", report.GetProperty("engine").GetString());
            Assert.Equal(60 * 14, report.GetProperty("import").GetProperty("rows").GetInt64());
            Assert.Equal([false, true], report.GetProperty("multiplexing").EnumerateArray().Select(m => m.GetProperty("multiplexing").GetBoolean()));
            var two = report.GetProperty("end_to_end_two_instances");
            Assert.Equal(2, two.GetProperty("instances").GetInt32());
            Assert.Equal(60, two.GetProperty("replies_received").GetInt32());
            Assert.Equal(0, two.GetProperty("duplicate_replies").GetInt32());
            Assert.True(two.GetProperty("refresh").GetProperty("heard_ms").GetDouble() > 0);
            Assert.True(two.GetProperty("refresh").GetProperty("polled_ms").GetDouble() > 0);
            Assert.Equal(0, report.GetProperty("end_to_end").GetProperty("duplicate_replies").GetInt32());
        }
        finally
        {
            PostgresServer.Shared.DropDatabase(database);
        }
    }
}
