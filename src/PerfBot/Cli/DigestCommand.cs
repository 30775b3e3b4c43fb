using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PerfBot.Committees;
using PerfBot.Digests;
using PerfBot.Delivery;
using PerfBot.Store;
using PerfBot.Council;

namespace PerfBot.Cli;

/// <summary><c>perfbot digest</c>: a committee's digest, composed and printed, or stored in the outbox and sent to its linked channels.</summary>
public static class DigestCommand
{
    public static Command Build()
    {
        var committee = new Option<string>("--committee") { Description = "The committee: its full name or an unambiguous part of it.", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "Only periods that ended by this date (yyyy-MM-dd) count. Default: today (UK)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Compose and print; store and send nothing." };
        var json = new Option<bool>("--json") { Description = "Write JSON: committee, asOf, exceptions, stale, text." };
        var command = new Command("digest", "A committee's digest: its Red and Amber-and-Worsening indicators, what changed since the last digest, and data overdue.")
        {
            committee, asOf, dryRun, json,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.Open(parseResult);
            var services = host.Services;
            var clock = services.GetRequiredService<CouncilClock>();
            var asOfText = parseResult.GetValue(asOf);
            DateOnly date;
            if (asOfText is null) date = clock.Today;
            else if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                await Console.Error.WriteLineAsync($"--as-of '{asOfText}' is not a date like 2025-10-06.");
                return 2;
            }

            var name = parseResult.GetValue(committee)!;
            var resolution = CommitteeNames.Resolve(name, services.GetRequiredService<CommitteeRepository>().Committees());
            if (resolution is not CommitteeNames.Found(var found))
            {
                await Console.Error.WriteLineAsync(CommitteeNames.Explain(name, resolution));
                return 1;
            }

            var week = CouncilClock.WeekOf(date);
            Digest digest;
            string? delivery = null;
            if (parseResult.GetValue(dryRun))
            {
                digest = services.GetRequiredService<DigestBuilder>().Build(found, date, week);
            }
            else
            {
                var run = await services.GetRequiredService<DigestDispatcher>().RunAsync(found, date, week, cancellationToken);
                digest = run.Digest.Content;
                delivery = run.Channels == 0
                    ? $"Stored as the {week} digest; no channel is linked to the {found.Name}, so nothing was sent (type 'link committee' in a channel)."
                    : $"Stored as the {week} digest; sent to {run.Sending.Sent} channel(s) now"
                      + (run.Sending.Failed > 0 ? $", {run.Sending.Failed} failed and stay in the outbox" : "")
                      + (run.Sending.Skipped > 0 ? $", {run.Sending.Skipped} being sent by another process" : "")
                      + $"; {services.GetRequiredService<Outbox>().OfDigest(run.Digest.Id).Count(m => m.SentAt is not null)} of {run.Channels} linked channel(s) have it.";
            }

            if (parseResult.GetValue(json))
                Console.WriteLine(JsonSerializer.Serialize(DigestReport.From(digest), new JsonSerializerOptions(CliJson.Options) { WriteIndented = true }));
            else
                Console.WriteLine(DigestText.Write(digest));
            if (delivery is not null) await Console.Error.WriteLineAsync(delivery);
            return 0;
        });
        return command;
    }
}
