using Microsoft.Extensions.DependencyInjection;
using PerfBot.Tests.Support;
using PerfBot.Scheduling;
using Microsoft.Extensions.Options;
using System.Diagnostics;
using System.Text.Json;
using PerfBot.Briefings;
using PerfBot.Calendar;
using Quartz;

namespace PerfBot.Tests.Briefings;

/// <summary>`perfbot brief`, run as a real process against a fresh demo store.</summary>
public sealed class BriefVerbTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("perfbot-verb-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private Task<ProcessOutcome> Perfbot(params string[] args) => ChildProcess.PerfbotAsync(["--db", Path.Combine(folder, "perfbot.db"), .. args]);

    [Fact]
    public async Task Json_has_the_issues_shape_and_docx_is_written()
    {
        var docx = Path.Combine(folder, "brief.docx");
        var (code, output, error) = await Perfbot("brief", "--committee", "people & health", "--meeting", "2026-01-21", "--docx", docx, "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("People and Health Scrutiny Committee", root.GetProperty("committee").GetString());
        Assert.Equal("2026-01-21", root.GetProperty("meeting").GetString());
        foreach (var key in new[] { "red", "amber_worsening", "focus", "risks", "questions" })
            Assert.Equal(JsonValueKind.Array, root.GetProperty(key).ValueKind);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("freshness").ValueKind);
        var red = root.GetProperty("red")[0];
        foreach (var key in new[] { "name", "period", "value", "target", "direction", "narrative", "actions" })
            Assert.True(red.TryGetProperty(key, out _), $"red item has no {key}");
        Assert.Equal(9, root.GetProperty("red").GetArrayLength());
        Assert.Equal(7, root.GetProperty("amber_worsening").GetArrayLength());
        Assert.True(new FileInfo(docx).Length > 5000);
    }

    [Fact]
    public async Task A_committees_own_working_days_move_the_day_the_brief_is_as_of()
    {
        var (code, _, error) = await Perfbot("briefing-settings", "--committee", "people and health", "--days", "3", "--chair-aad", "chair-oid");
        Assert.True(code == 0, error);

        var (_, output, _) = await Perfbot("brief", "--committee", "people and health", "--meeting", "2026-01-21", "--json");

        using var json = JsonDocument.Parse(output);
        Assert.Equal("2026-01-16", json.RootElement.GetProperty("composed_on").GetString());
    }

    [Fact]
    public async Task Briefing_settings_names_and_unnames_the_people_the_brief_goes_to()
    {
        var (code, output, error) = await Perfbot("briefing-settings", "--committee", "people and health", "--chair-aad", "chair-oid",
            "--add-recipient", "Asha.Khan@Example.gov.uk", "--add-recipient", "11111111-2222-3333-4444-555555555555");
        Assert.True(code == 0, error);
        Assert.StartsWith("People and Health Scrutiny Committee: brief sent 5 working day(s) before each meeting to the chair (chair-oid) and 11111111-2222-3333-4444-555555555555, asha.khan@example.gov.uk.", output);

        (code, output, error) = await Perfbot("briefing-settings", "--committee", "people and health", "--remove-recipient", "asha.khan@example.gov.uk", "--json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["11111111-2222-3333-4444-555555555555"], json.RootElement.GetProperty("recipients").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task An_unknown_meeting_lists_the_committees_meetings()
    {
        var (code, _, error) = await Perfbot("brief", "--committee", "people and health", "--meeting", "2026-01-22");
        Assert.Equal(1, code);
        Assert.Contains("has no meeting on 2026-01-22", error, StringComparison.Ordinal);
        Assert.Contains("2026-01-21", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_committee_is_explained()
    {
        var (code, _, error) = await Perfbot("brief", "--committee", "planning", "--meeting", "2026-01-21");
        Assert.Equal(1, code);
        Assert.Contains("There is no committee called 'planning'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_daily_jobs_fire_at_their_uk_hour_and_the_calendar_job_only_when_graph_is_configured()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 13, 12, 0, 0, TimeSpan.Zero));
        using var store = TempStore.Empty("People and Health Scrutiny Committee");
        IReadOnlyList<ScheduledJob> Jobs(Action<IServiceCollection>? configure = null)
        {
            using var host = PerfBot.Cli.CliHost.Build(store.Database, configure);
            return host.Services.GetRequiredService<ScheduleSync>().Wanted();
        }
        var job = Jobs().Single(j => j.Detail.Key.Name == BriefsDueJob.Name);
        var trigger = Triggers.For(job, TimeSpan.FromDays(1), clock);
        // 07:00 on the next weekday in London: GMT in January.
        Assert.Equal(new DateTimeOffset(2026, 1, 14, 7, 0, 0, TimeSpan.Zero), trigger.GetFireTimeAfter(clock.GetUtcNow()));
        Assert.Equal(CronTriggerMisfireInstruction.FireAndProceed, ((ICronTrigger)trigger).MisfireInstruction);

        Assert.DoesNotContain(Jobs(), j => j.Detail.Key.Name == CalendarSyncJob.Name);
        var calendar = Jobs(s => s.Configure<GraphCalendarOptions>(o => (o.TenantId, o.ClientId, o.ClientSecret) = ("t", "c", "s")))
            .Single(j => j.Detail.Key.Name == CalendarSyncJob.Name);
        Assert.Equal(MissedFire.RunOnceOnReturn, calendar.Missed);
    }
}
