using PerfBot.Digests;
using System.CommandLine;
using PerfBot.Committees;
using PerfBot.Scheduling;
using PerfBot.Store;
using Quartz;
using PerfBot.Council;

namespace PerfBot.Cli;

/// <summary><c>perfbot schedule</c>: the next fire time of every job; with --committee and --cron, changes a committee's digest time first.</summary>
public static class ScheduleCommand
{
    public sealed record Row(string Job, string Description, string Cron, string TimeZone, string? NextFireUtc, string NextFireLocal);

    private static bool IsCron(string text)
    {
        try
        {
            CronExpression.Parse(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static Command Build()
    {
        var committee = new Option<string?>("--committee") { Description = "The committee whose digest time to change (with --cron)." };
        var cron = new Option<string?>("--cron") { Description = "Quartz cron for its digest, e.g. \"0 0 8 ? * MON\" (Mondays 08:00)." };
        var zone = new Option<string>("--time-zone") { Description = "The cron's time zone.", DefaultValueFactory = _ => CouncilClock.ZoneId };
        var json = new Option<bool>("--json") { Description = "Write a JSON array." };
        var command = new Command("schedule", "When each of the bot's jobs next runs: every committee's digest, the officers' alerts, the briefs due, the calendar sync and the outbox retry.") { committee, cron, zone, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.Open(parseResult);
            var services = host.Services;

            if (parseResult.GetValue(committee) is { } name)
            {
                var wantedCron = parseResult.GetValue(cron);
                if (wantedCron is null || !IsCron(wantedCron))
                {
                    await Console.Error.WriteLineAsync($"--cron '{wantedCron}' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week), e.g. \"0 0 8 ? * MON\".");
                    return 2;
                }
                var resolution = CommitteeNames.Resolve(name, services.GetRequiredService<CommitteeRepository>().Committees());
                if (resolution is not CommitteeNames.Found(var found))
                {
                    await Console.Error.WriteLineAsync(CommitteeNames.Explain(name, resolution));
                    return 1;
                }
                if (!TimeZoneInfo.TryFindSystemTimeZoneById(parseResult.GetValue(zone)!, out _))
                {
                    await Console.Error.WriteLineAsync($"--time-zone '{parseResult.GetValue(zone)}' is not a time zone this machine knows (try Europe/London).");
                    return 2;
                }
                services.GetRequiredService<CommitteeSchedules>().Set(found.Id, wantedCron, parseResult.GetValue(zone)!);
            }

            // A scheduler that is never started: it reads and updates the job store the service runs from.
            var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken);
            var sync = services.GetRequiredService<ScheduleSync>();
            await sync.SyncAsync(scheduler, cancellationToken);
            var rows = new List<Row>();
            foreach (var job in sync.Wanted())
            {
                var next = (await scheduler.GetTrigger(job.Trigger, cancellationToken))?.NextFireTimeUtc;
                rows.Add(new Row(job.Detail.Key.Name, job.Description, job.Cron, job.TimeZone, next?.ToString("O"), ScheduleSync.Describe(next, job.TimeZone)));
            }
            if (parseResult.GetValue(json)) Console.WriteLine(CliJson.Write(rows, indented: true));
            else foreach (var r in rows) Console.WriteLine($"{r.NextFireLocal,-34} {r.Description} ({r.Cron}, {r.TimeZone})");
            return 0;
        });
        return command;
    }
}
