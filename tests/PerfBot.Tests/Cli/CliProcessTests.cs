using PerfBot.Tests.Support;
using System.Diagnostics;
using System.Text.Json;

namespace PerfBot.Tests.Cli;

/// <summary>The perfbot executable run as a real process, as a council officer would.</summary>
public class CliProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("perfbot-cli-").FullName;
    private string Db => Path.Combine(_folder, "store", "perfbot.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void First_run_creates_the_store_with_the_demo_data_and_lists_exceptions_as_json()
    {
        var (exit, output, error) = ChildProcess.Perfbot("--db", Db, "indicators", "--committee", "people and health", "--json");

        Assert.Equal(0, exit);
        Assert.Contains("loaded the demo data", error);
        Assert.True(File.Exists(Db));
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(43, rows.Count);
        var lac = rows.Single(r => r.GetProperty("code").GetString() == "lac-placed-out-of-area");
        Assert.Equal("Children's Services", lac.GetProperty("service_area").GetString());
        var latest = lac.GetProperty("latest");
        Assert.Equal("Oct-25", latest.GetProperty("period").GetString());
        Assert.Equal(44.71, latest.GetProperty("value").GetDouble());
        Assert.Equal("Red", latest.GetProperty("rag").GetString());
        Assert.Equal("Improving", latest.GetProperty("direction").GetString());
        Assert.True(latest.GetProperty("stale").GetBoolean());
    }

    [Fact]
    public void A_refused_import_exits_non_zero_and_names_file_row_and_column()
    {
        var file = Path.Combine(_folder, "bad.csv");
        File.WriteAllText(file, "indicator,period,value\nFoster carers,Oct-20,lots\n");

        var (exit, _, error) = ChildProcess.Perfbot("--db", Db, "import", file);

        Assert.NotEqual(0, exit);
        Assert.Contains("bad.csv: row 2, column C (value): 'lots' is not a number", error);
        Assert.Contains("nothing was written", error);
    }

    [Fact]
    public void Import_then_show_the_indicator_with_its_history()
    {
        var file = Path.Combine(_folder, "fostering.csv");
        File.WriteAllText(file, "indicator,period,value,target,polarity,source\nFoster carers approved,Q1 2025/26,12,15,higher,Fostering panel minutes\nFoster carers approved,Q2 2025/26,16,15,higher,Fostering panel minutes\n");

        Assert.Equal(0, ChildProcess.Perfbot("--db", Db, "import", file).ExitCode);
        var (exit, output, _) = ChildProcess.Perfbot("--db", Db, "show", "foster carers approved", "--json");

        Assert.Equal(0, exit);
        var details = JsonDocument.Parse(output).RootElement;
        var history = details.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["Q1 2025/26", "Q2 2025/26"], history.Select(h => h.GetProperty("period").GetString()));
        Assert.Equal("Red", history[0].GetProperty("computed_rag").GetString());
        Assert.Equal("Green", history[1].GetProperty("computed_rag").GetString());
        Assert.Equal("Improving", history[1].GetProperty("computed_direction").GetString());
        Assert.Equal("Fostering panel minutes", history[1].GetProperty("source").GetString());
    }
}

/// <summary>`ask --batch` keeping each conversation's context, and `questions --unanswered`, as processes.</summary>
public sealed class ConversationCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("perfbot-cli-").FullName;
    private string Db => Path.Combine(_folder, "perfbot.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_batch_keeps_context_within_a_conversation_and_a_blank_line_starts_afresh()
    {
        var file = Path.Combine(_folder, "conversations.txt");
        File.WriteAllText(file, "foster carers\nwhy?\n\nwhy?\n");

        var (exit, output, error) = ChildProcess.Perfbot("--db", Db, "ask", "--batch", file, "--json", "--explain");

        Assert.Equal(0, exit);
        var answers = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["status", "why", "clarify"], answers.Select(a => a.GetProperty("intent").GetString()));
        Assert.Equal("foster-carers-active", answers[1].GetProperty("indicators")[0].GetProperty("code").GetString());
        Assert.Contains("the indicator in the last answer: foster-carers-active", answers[1].GetProperty("context")[0].GetString());
        Assert.Empty(answers[2].GetProperty("indicators").EnumerateArray());
        Assert.Contains("Context in:  last about indicator (status); indicator foster-carers-active at Oct-20", error);
    }

    [Fact]
    public void Unanswered_questions_are_listed_grouped_and_a_bad_date_is_refused()
    {
        using (var store = PerfBot.Store.StoreOpener.Open(Db))
        {
            var log = new PerfBot.Questions.Learning.QuestionLog(store, TimeProvider.System);
            log.Record("grass cutting", PerfBot.Questions.Learning.Shortfall.NotHeld, "unknown", "member");
            log.Record("Grass cutting?", PerfBot.Questions.Learning.Shortfall.NotHeld, "unknown", "chair");
        }
        var (exit, output, _) = ChildProcess.Perfbot("--db", Db, "questions", "--unanswered", "--json");
        Assert.Equal(0, exit);
        var group = JsonDocument.Parse(output.Trim()).RootElement;
        Assert.Equal("grass cutting", group.GetProperty("question").GetString());
        Assert.Equal(2, group.GetProperty("times").GetInt32());

        var refused = ChildProcess.Perfbot("--db", Db, "questions", "--unanswered", "--since", "1/12/2025");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--since: '1/12/2025' is not a date written yyyy-MM-dd.", refused.Error);
    }
}
